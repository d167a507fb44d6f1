import { Injectable } from '@nestjs/common';
import type { Page, TagDto } from '@groundwork/contracts';
import { decodeCursor, encodeCursor, keysetPage, UnitOfWork } from '@groundwork/service-kit';
import { z } from 'zod';
import type { MembershipRequest } from '../membership-rpc';
import { TagRepository } from './tag.repository';
import { toTagDto } from './tag.mapper';

/** Names are unique per coalition, so the last name seen is the whole cursor. */
const cursorSchema = z.tuple([z.string().min(1).max(50)]);

/** The catalogue, every tag defined or used on a person in this coalition, by name a page at a time. */
@Injectable()
export class ListTagsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly tags: TagRepository,
  ) {}

  async execute(input: MembershipRequest<'membership.tag.list'>): Promise<Page<TagDto>> {
    const afterName = input.after === undefined ? undefined : decodeCursor(input.after, cursorSchema)[0];
    const { rows, totalCount } = await this.unitOfWork.run(async () => ({
      rows: await this.tags.page(input.first + 1, afterName),
      totalCount: await this.tags.count(),
    }));
    const page = keysetPage(rows, input.first, totalCount, (last) => encodeCursor([last.name]));
    return { ...page, items: page.items.map(toTagDto) };
  }

  /** The tags of each group named, for the groups a page shows. */
  async inGroups(groupIds: string[]): Promise<TagDto[]> {
    return (await this.unitOfWork.run(() => this.tags.inGroups(groupIds))).map(toTagDto);
  }
}
