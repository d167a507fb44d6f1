import type { BallotLine } from '@groundwork/voting';
import type { Round } from '../rounds/round';
import { fromStoredBallot, toStoredBallot } from './stored-ballot';

const optionIds = ['o-rent', 'o-repairs', 'o-heating'];

function roundOf(method: Round['method']): Round {
  return {
    method,
    options: optionIds.map((id, position) => ({
      id,
      position,
      title: id,
      description: null,
      candidateIssueId: null,
    })),
  } as Round;
}

describe('stored ballots', () => {
  it.each<[Round['method'], BallotLine, object]>([
    ['RANKED_CHOICE', { ranking: ['o-heating', 'o-rent'] }, { choices: [2, 0], amounts: null }],
    ['STV', { ranking: ['o-repairs'] }, { choices: [1], amounts: null }],
    ['APPROVAL', { approvals: ['o-rent', 'o-heating'] }, { choices: [0, 2], amounts: null }],
    [
      'SCORE',
      {
        scores: [
          { optionId: 'o-heating', score: 4 },
          { optionId: 'o-rent', score: -1 },
        ],
      },
      { choices: [2, 0], amounts: [4, -1] },
    ],
    ['DOT', { dots: [{ optionId: 'o-repairs', count: 3 }] }, { choices: [1], amounts: [3] }],
    [
      'CONSENT',
      { position: 'OBJECT', reason: '  Too soon ' },
      { choices: [], position: 'OBJECT', reason: 'Too soon' },
    ],
  ])('keeps a %s ballot as option positions and reads it back as the same line', (method, line, stored) => {
    const round = roundOf(method);
    const kept = toStoredBallot(round, line);
    expect(kept).toMatchObject(stored);
    const { reason, ...rest } = line;
    expect(fromStoredBallot(round, optionIds, kept, 7)).toEqual({
      ...rest,
      ...(method === 'CONSENT' ? { reason: reason?.trim() } : {}),
      count: 7,
    });
  });
});
