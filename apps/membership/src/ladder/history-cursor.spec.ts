import { decodeHistoryCursor, encodeHistoryCursor } from './history-cursor';

describe('history cursor', () => {
  it('round-trips a position', () => {
    const at = new Date('2026-03-04T05:06:07.089Z');
    const id = '3f0c3a52-4a7b-4c4e-9d0e-0d6f2f8e1a11';
    expect(decodeHistoryCursor(encodeHistoryCursor(at, id))).toEqual({ at, id });
  });

  it.each(['', 'nope', Buffer.from('["2026-01-01T00:00:00Z", 7]').toString('base64url')])(
    'refuses %j as BAD_USER_INPUT on after',
    (cursor) => {
      let refusal: unknown;
      try {
        decodeHistoryCursor(cursor);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'after' } });
    },
  );
});
