import { countTrendBuckets } from './trend-buckets';

const at = (iso: string) => new Date(iso);

describe('countTrendBuckets', () => {
  it('counts UTC days, inclusive of both ends', () => {
    expect(countTrendBuckets(at('2024-01-09T23:59:59Z'), at('2024-01-10T00:00:00Z'), 'DAY')).toBe(2);
    expect(countTrendBuckets(at('2024-01-10T00:00:00+02:00'), at('2024-01-10T12:00:00Z'), 'DAY')).toBe(2);
    expect(countTrendBuckets(at('2024-01-10T08:00:00Z'), at('2024-01-10T20:00:00Z'), 'DAY')).toBe(1);
  });

  it('starts weeks on Monday, before and after 1970', () => {
    expect(countTrendBuckets(at('2024-01-07T12:00:00Z'), at('2024-01-08T00:00:00Z'), 'WEEK')).toBe(2);
    expect(countTrendBuckets(at('2024-01-08T00:00:00Z'), at('2024-01-14T23:59:59Z'), 'WEEK')).toBe(1);
    expect(countTrendBuckets(at('1969-12-29T00:00:00Z'), at('1970-01-04T23:59:59Z'), 'WEEK')).toBe(1);
    expect(countTrendBuckets(at('1969-12-28T23:59:59Z'), at('1969-12-29T00:00:00Z'), 'WEEK')).toBe(2);
  });

  it('counts calendar months across years', () => {
    expect(countTrendBuckets(at('2023-12-31T23:00:00Z'), at('2024-01-01T00:00:00Z'), 'MONTH')).toBe(2);
    expect(countTrendBuckets(at('2023-01-15T00:00:00Z'), at('2024-12-01T00:00:00Z'), 'MONTH')).toBe(24);
  });
});
