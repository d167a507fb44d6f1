import { decodeTimeCursor, encodeTimeCursor } from './time-cursor';

describe('time cursor', () => {
  it('round-trips a position', () => {
    const cursor = { at: new Date('2026-03-04T05:06:07.089Z'), id: '3f0c3a52-4a7b-4c4e-9d0e-0d6f2f8e1a11' };
    expect(decodeTimeCursor(encodeTimeCursor(cursor))).toEqual(cursor);
  });

  it.each(['', 'nope', Buffer.from('["2026-01-01T00:00:00Z", 7]').toString('base64url')])(
    'refuses %j on after',
    (cursor) => {
      let refusal: unknown;
      try {
        decodeTimeCursor(cursor);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'after' } });
    },
  );
});
