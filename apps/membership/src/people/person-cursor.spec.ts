import { decodePersonCursor, encodePersonCursor } from './person-cursor';

function refusal(cursor: string): unknown {
  try {
    decodePersonCursor(cursor);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('person cursor', () => {
  it('round-trips the sort key of a row', () => {
    const row = {
      createdAt: new Date('2026-03-04T05:06:07.089Z'),
      id: '3f0c3a52-4a7b-4c4e-9d0e-0d6f2f8e1a11',
    };
    expect(decodePersonCursor(encodePersonCursor(row))).toEqual(row);
  });

  it.each(['', 'not-a-cursor', Buffer.from('["2026-01-01T00:00:00Z", 7]').toString('base64url')])(
    'refuses %j as BAD_USER_INPUT on after',
    (cursor) => {
      expect(refusal(cursor)).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'after' } });
    },
  );
});
