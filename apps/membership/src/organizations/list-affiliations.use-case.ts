import { Injectable } from '@nestjs/common';
import type { Page } from '@groundwork/contracts';
import { decodeCursor, encodeCursor, UnitOfWork } from '@groundwork/service-kit';
import { z } from 'zod';
import type { AffiliationEntity } from './affiliation.entity';
import { AffiliationRepository } from './affiliation.repository';
import { OrganizationRepository } from './organization.repository';
import { CoalitionReferences, referenceNotFound } from './coalition-references';

export interface ListAffiliationsInput {
  of: { organizationId: string } | { personId: string };
  first: number;
  after?: string;
  includeEnded: boolean;
}

const cursorSchema = z.tuple([z.boolean(), z.iso.datetime(), z.uuid()]);

/**
 * An organization's people, or a person's organizations: open affiliations first, then newest
 * first. An organization or person the coalition does not have is NOT_FOUND naming the field.
 */
@Injectable()
export class ListAffiliationsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly affiliations: AffiliationRepository,
    private readonly references: CoalitionReferences,
  ) {}

  async execute(input: ListAffiliationsInput): Promise<Page<AffiliationEntity>> {
    const after = input.after ? decodeCursor(input.after, cursorSchema) : undefined;
    const slice = await this.unitOfWork.run(async () => {
      if ('organizationId' in input.of) {
        const [organization] = await this.organizations.findByIds([input.of.organizationId]);
        if (!organization) throw referenceNotFound('organizationId', 'organization', input.of.organizationId);
      } else {
        await this.references.assertPeopleExist({ personId: input.of.personId });
      }
      return this.affiliations.page({
        of: input.of,
        limit: input.first,
        after: after && { ended: after[0], createdAt: new Date(after[1]), id: after[2] },
        includeEnded: input.includeEnded,
      });
    });
    const last = slice.rows.at(-1);
    return {
      items: slice.rows,
      totalCount: slice.totalCount,
      hasNextPage: slice.hasMore,
      endCursor: last ? encodeCursor([last.isEnded, last.createdAt.toISOString(), last.id]) : null,
    };
  }
}
