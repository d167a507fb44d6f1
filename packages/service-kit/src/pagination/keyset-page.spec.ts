import { keysetPage } from './keyset-page';

describe('keysetPage', () => {
  const cursorOf = (last: string) => `after:${last}`;

  it('drops the look-ahead row and says another page follows', () => {
    expect(keysetPage(['a', 'b', 'c'], 2, 7, cursorOf)).toEqual({
      items: ['a', 'b'],
      totalCount: 7,
      hasNextPage: true,
      endCursor: 'after:b',
    });
  });

  it('ends on a short or exactly full page', () => {
    expect(keysetPage(['a'], 2, 1, cursorOf)).toEqual({
      items: ['a'],
      totalCount: 1,
      hasNextPage: false,
      endCursor: 'after:a',
    });
    expect(keysetPage(['a', 'b'], 2, 2, cursorOf)).toMatchObject({
      hasNextPage: false,
      endCursor: 'after:b',
    });
  });

  it('has no cursor when the page is empty', () => {
    expect(keysetPage([], 2, 0, cursorOf)).toEqual({
      items: [],
      totalCount: 0,
      hasNextPage: false,
      endCursor: null,
    });
  });
});
