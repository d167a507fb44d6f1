import { createHash } from 'node:crypto';
import { drawOrder, TieBreaker } from './tie-breaker';

describe('drawOrder', () => {
  it('orders by SHA-256 of seed, draw number and option id, so anyone can repeat it', () => {
    const key = (id: string) => createHash('sha256').update(`round-1\n3\n${id}`).digest('hex');
    const ids = ['a', 'b', 'c', 'd', 'e'];
    expect(drawOrder('round-1', 3, ids)).toEqual([...ids].sort((x, y) => key(x).localeCompare(key(y))));
  });

  it('is the same for the same seed and draw, whatever the order of the tied options', () => {
    expect(drawOrder('s', 1, ['a', 'b', 'c'])).toEqual(drawOrder('s', 1, ['c', 'a', 'b']));
  });

  it('changes with the seed', () => {
    const ids = Array.from({ length: 8 }, (_, i) => `option-${i}`);
    const orders = new Set(['s1', 's2', 's3', 's4'].map((seed) => drawOrder(seed, 1, ids).join()));
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('TieBreaker', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('looks at earlier tallies in the order given and draws only among those still equal', () => {
    const breaker = new TieBreaker('seed', ids);
    // Earlier tallies: first consulted [a 1, b 1, c 1, d 0]; then [a 2, b 2, c 5, d 0].
    const order = breaker.settle({
      purpose: 'RANKING',
      round: 4,
      tied: [0, 1, 2, 3],
      history: [
        [1, 1, 1, 0],
        [2, 2, 5, 0],
      ],
      fewerFirst: false,
      onlyFirst: false,
    });
    const drawn = drawOrder('seed', 1, ['a', 'b']).map((id) => ids.indexOf(id));
    expect(order).toEqual([2, ...drawn, 3]);
    expect(breaker.records[0]).toMatchObject({
      resolvedBy: 'DRAW',
      drawNumber: 1,
      tied: ['a', 'b', 'c', 'd'],
    });
  });

  it('draws nothing when only the first matters and earlier tallies settle it', () => {
    const breaker = new TieBreaker('seed', ids);
    const order = breaker.settle({
      purpose: 'ELIMINATION',
      round: 2,
      tied: [0, 1, 2],
      history: [[3, 1, 1, 0]],
      fewerFirst: false,
      onlyFirst: true,
    });
    expect(order[0]).toBe(0);
    expect(breaker.records[0]).toMatchObject({ resolvedBy: 'EARLIER_ROUNDS', drawNumber: null });
  });

  it('numbers its draws 1, 2, ... within a count', () => {
    const breaker = new TieBreaker('seed', ids);
    const question = {
      purpose: 'ELIMINATION' as const,
      round: 1,
      tied: [0, 1],
      history: [],
      fewerFirst: true,
      onlyFirst: true,
    };
    breaker.settle(question);
    breaker.settle({ ...question, round: 2, tied: [2, 3] });
    expect(breaker.records.map((record) => record.drawNumber)).toEqual([1, 2]);
  });
});
