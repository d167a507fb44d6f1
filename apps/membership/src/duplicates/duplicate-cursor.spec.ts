import { decodeDuplicateCursor, encodeDuplicateCursor } from './duplicate-cursor';

describe('duplicate queue cursor', () => {
  it('round-trips a position', () => {
    const position = { score: 0.93, id: '5b0c2a4e-8a43-4d8e-9f0e-0a1b2c3d4e5f' };
    expect(decodeDuplicateCursor(encodeDuplicateCursor(position))).toEqual(position);
  });

  it.each([
    ['not base64 JSON', '!!!'],
    ['a score out of range', Buffer.from('[7,"5b0c2a4e-8a43-4d8e-9f0e-0a1b2c3d4e5f"]').toString('base64url')],
    ['a bad id', Buffer.from('[0.5,"x"]').toString('base64url')],
  ])('refuses %s as BAD_USER_INPUT on after', (_label, cursor) => {
    expect(() => decodeDuplicateCursor(cursor)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        details: expect.objectContaining({ field: 'after' }),
      }) as Error,
    );
  });
});
