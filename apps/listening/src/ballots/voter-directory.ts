import { Injectable } from '@nestjs/common';
import { DomainError, RpcClient } from '@groundwork/service-kit';

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
    if (!person) throw DomainError.badInput(field, `is not a person of this coalition`);
    if (person.archivedAt) throw DomainError.badInput(field, 'is archived and outside the electorate');
  }
}
