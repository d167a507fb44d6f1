import { Injectable } from '@nestjs/common';
import { MAX_BATCH } from '@groundwork/contracts';
import { RpcClient } from '@groundwork/service-kit';
import { ConversationErrors } from './conversation.errors';

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );

/** What listening asks membership about people (it never reads membership's tables). */
@Injectable()
export class CoalitionPeople {
  constructor(private readonly rpc: RpcClient) {}

  /**
   * Throws BAD_USER_INPUT on the field of the first id that is not a person of the coalition in
   * context; `fields` maps each id to the request field that named it.
   */
  async assertPeople(fields: Map<string, string>): Promise<void> {
    const ids = [...fields.keys()];
    const known = new Set<string>();
    for (const batch of chunks(ids, MAX_BATCH)) {
      for (const person of await this.rpc.request('membership.person.get-many', { ids: batch })) {
        known.add(person.id);
      }
    }
    const missing = ids.find((id) => !known.has(id));
    if (missing) throw ConversationErrors.personNotFound(fields.get(missing)!);
  }

  /** The member organizations each person belongs to now, as membership says. */
  async currentOrganizations(personIds: string[]): Promise<Map<string, string[]>> {
    const unique = [...new Set(personIds)];
    const organizations = new Map<string, string[]>();
    for (const batch of chunks(unique, MAX_BATCH)) {
      const rows = await this.rpc.request('membership.affiliation.current.get-many', { ids: batch });
      for (const row of rows) organizations.set(row.personId, row.organizationIds);
    }
    return organizations;
  }
}
