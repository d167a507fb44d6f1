import { randomUUID } from 'node:crypto';
import { ErrorCode, MAX_TREND_POINTS } from '@groundwork/contracts';
import { EvaluationHarness } from './support/evaluation-harness';

const DAY_MS = 86_400_000;

describe('membership trend: bad input', () => {
  let harness: EvaluationHarness;
  const tenantId = randomUUID();
  const valid = { from: '2024-01-01T00:00:00Z', to: '2024-01-31T00:00:00Z', interval: 'DAY' };

  beforeAll(async () => {
    harness = await EvaluationHarness.start();
  });

  afterAll(() => harness.close());

  const fieldAtFault = async (body: unknown) => {
    const error = await harness.rpc.error('evaluation.membership-trend.get', body, { tenantId });
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    return error.details?.field;
  };

  it.each([
    ['from after to', { ...valid, from: '2024-02-01T00:00:00Z' }, 'from'],
    ['an unknown interval', { ...valid, interval: 'YEAR' }, 'interval'],
    ['a lower-case interval', { ...valid, interval: 'day' }, 'interval'],
    ['no interval', { from: valid.from, to: valid.to }, 'interval'],
    ['no from', { to: valid.to, interval: 'DAY' }, 'from'],
    ['words for a date', { ...valid, from: 'yesterday' }, 'from'],
    ['a day that does not exist', { ...valid, to: '2024-02-30T00:00:00Z' }, 'to'],
    ['a date-time without offset', { ...valid, to: '2024-01-31T00:00:00' }, 'to'],
    ['a number for a date', { ...valid, from: 1704067200000 }, 'from'],
    [
      'SQL in a date',
      { ...valid, from: "2024-01-01T00:00:00Z'; DROP TABLE evaluation.membership_daily; --" },
      'from',
    ],
    ['a date before 1900', { ...valid, from: '1899-12-31T23:59:59Z' }, 'from'],
    ['year zero', { ...valid, from: '0000-01-01T00:00:00Z' }, 'from'],
  ])('refuses %s, naming the field', async (_case, body, field) => {
    expect(await fieldAtFault(body)).toBe(field);
  });

  it(`allows ${MAX_TREND_POINTS} buckets and refuses one more, naming from`, async () => {
    const to = '2024-06-30T12:00:00Z';
    const daysBefore = (days: number) => new Date(Date.parse(to) - days * DAY_MS).toISOString();

    const longest = await harness.trend(tenantId, {
      from: daysBefore(MAX_TREND_POINTS - 1),
      to,
      interval: 'DAY',
    });
    expect(longest).toHaveLength(MAX_TREND_POINTS);
    expect(longest.every((point) => point.total === 0 && point.joined === 0 && point.archived === 0)).toBe(
      true,
    );

    expect(await fieldAtFault({ from: daysBefore(MAX_TREND_POINTS), to, interval: 'DAY' })).toBe('from');
    expect(await fieldAtFault({ from: '2000-01-01T00:00:00Z', to, interval: 'WEEK' })).toBe('from');
    expect(
      await fieldAtFault({ from: '1900-01-01T00:00:00Z', to: '9999-12-31T23:59:59Z', interval: 'MONTH' }),
    ).toBe('from');
  });
});
