import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ConcernInput } from '@groundwork/contracts';
import { TenantContext } from '@groundwork/service-kit';
import { CoalitionPeople } from '../conversations/coalition-people';
import type { Concern } from './concern';

/**
 * Concerns as they will be stored, each speaker's member organizations looked up from membership
 * now (before any transaction opens) and kept as they were when the concern was heard.
 */
@Injectable()
export class ConcernDrafts {
  constructor(
    private readonly people: CoalitionPeople,
    private readonly context: TenantContext,
  ) {}

  async prepare(conversationId: string, inputs: ConcernInput[], createdAt: Date): Promise<Concern[]> {
    const speakers = inputs.flatMap((input) => (input.speakerId ? [input.speakerId] : []));
    const organizations =
      speakers.length > 0 ? await this.people.currentOrganizations(speakers) : new Map<string, string[]>();
    return inputs.map((input, index) => ({
      id: randomUUID(),
      conversationId,
      position: index,
      text: input.text,
      speakerId: input.speakerId ?? null,
      speakerOrganizationIds: input.speakerId ? (organizations.get(input.speakerId) ?? []) : [],
      depth: input.depth ?? null,
      quotable: input.quotable,
      createdBy: this.context.actingUserId(),
      createdAt,
    }));
  }
}
