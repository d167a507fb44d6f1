import { Injectable } from '@nestjs/common';
import { RpcClient } from '@groundwork/service-kit';
import { BallotErrors } from './ballot.errors';

/**
 * Who may vote, asked of membership (listening never reads its tables). Until electorates come, a
 * round's electorate is every person of the coalition who is not archived (API.md).
 */
@Injectable()
export class VoterDirectory {
  constructor(private readonly rpc: RpcClient) {}

  /** Throws BAD_USER_INPUT on `field` unless `personId` is a living person of the coalition in context. */
  async assertEligible(personId: string, field = 'voterId'): Promise<void> {
    const [person] = await this.rpc.request('membership.person.get-many', { ids: [personId] });
    if (!person) throw BallotErrors.voterNotAPerson(field);
    if (person.archivedAt) throw BallotErrors.voterArchived(field);
  }
}
