import { parseSearchQuery } from './search-query';

describe('parseSearchQuery', () => {
  it('splits names into words, prefix-matching words of three letters or more', () => {
    expect(parseSearchQuery('  Ada  Lo ')).toEqual([
      { text: 'Ada', kind: 'word', prefix: true },
      { text: 'Lo', kind: 'word', prefix: false },
    ]);
  });

  it('splits on punctuation and drops repeated words', () => {
    expect(parseSearchQuery("O'Brien-Smith smith Smith").map((token) => token.text)).toEqual([
      'O',
      'Brien',
      'Smith',
      'smith',
    ]);
  });

  it('keeps an email whole and lower-cased', () => {
    expect(parseSearchQuery('Ada.Lovelace@Example.org')).toEqual([
      { text: 'ada.lovelace@example.org', kind: 'email', prefix: true },
    ]);
  });

  it('reads a phone number as its digits without leading zeros', () => {
    expect(parseSearchQuery('0151 123-45 678')).toEqual([
      { text: '15112345678', kind: 'phone', prefix: true },
    ]);
    expect(parseSearchQuery('+49 (151) 1234')).toEqual([{ text: '491511234', kind: 'phone', prefix: true }]);
  });

  it('reads a short number as a word, not a phone', () => {
    expect(parseSearchQuery('2025')).toEqual([{ text: '2025', kind: 'word', prefix: true }]);
  });

  it('keeps at most six words and nothing from a query without letters or digits', () => {
    expect(parseSearchQuery('a b c d e f g h')).toHaveLength(6);
    expect(parseSearchQuery('%%% ___ ;;')).toEqual([]);
  });

  it('treats SQL and LIKE metacharacters as separators, never as syntax', () => {
    expect(parseSearchQuery("x' OR 1=1 --").map((token) => token.text)).toEqual(['x', 'OR', '1']);
  });
});
