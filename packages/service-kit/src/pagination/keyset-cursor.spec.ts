import { z } from 'zod';
import { decodeCursor, decodeKeysetCursor, encodeCursor, encodeKeysetCursor } from './keyset-cursor';

function refusal(decode: () => unknown): unknown {
  try {
    decode();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('keyset cursors', () => {
  it('round-trips any sort key against its schema', () => {
    const key = ['acme', 0.75, '3f0c3a52-4a7b-4c4e-9d0e-0d6f2f8e1a11'] as const;
    const schema = z.tuple([z.string(), z.number(), z.uuid()]);
    expect(decodeCursor(encodeCursor(key), schema)).toEqual(key);
  });

  it('round-trips a (time, id) position with millisecond precision', () => {
    const position = { at: new Date('2026-11-21T03:04:05.678Z'), id: '5b0c2a4e-8a43-4d8e-9f0e-0a1b2c3d4e5f' };
    expect(decodeKeysetCursor(encodeKeysetCursor(position))).toEqual(position);
  });

  it.each([
    ['an empty cursor', ''],
    ['not base64 JSON', '!!!'],
    ['JSON of the wrong shape', Buffer.from('{"a":1}').toString('base64url')],
    ['a pair with a bad id', Buffer.from('["2026-11-21T00:00:00.000Z","x"]').toString('base64url')],
    [
      'a pair with a bad date',
      Buffer.from('["yesterday","5b0c2a4e-8a43-4d8e-9f0e-0a1b2c3d4e5f"]').toString('base64url'),
    ],
  ])('refuses %s as BAD_USER_INPUT on after', (_label, cursor) => {
    expect(refusal(() => decodeKeysetCursor(cursor))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'after' },
    });
  });
});
