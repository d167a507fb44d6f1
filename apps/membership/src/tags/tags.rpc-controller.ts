import { Injectable } from '@nestjs/common';
import type { MembershipRpc } from '@groundwork/contracts';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { BulkTagUseCase } from './bulk-tag.use-case';
import { BulkUntagUseCase } from './bulk-untag.use-case';
import { CountTagPeopleUseCase } from './count-tag-people.use-case';
import { CreateTagGroupUseCase } from './create-tag-group.use-case';
import { CreateTagUseCase } from './create-tag.use-case';
import { DeleteTagGroupUseCase } from './delete-tag-group.use-case';
import { DeleteTagUseCase } from './delete-tag.use-case';
import { ListTagGroupsUseCase } from './list-tag-groups.use-case';
import { ListTagsUseCase } from './list-tags.use-case';
import { MergeTagsUseCase } from './merge-tags.use-case';
import { UpdateTagGroupUseCase } from './update-tag-group.use-case';
import { UpdateTagUseCase } from './update-tag.use-case';

type TagSubject = Extract<keyof MembershipRpc, `membership.tag${string}`>;
type Req<S extends TagSubject> = MembershipRequest<S>;
type Rep<S extends TagSubject> = Promise<MembershipReply<S>>;

/** NATS adapter for the tag catalogue and bulk tagging. */
@Injectable()
export class TagsRpcController {
  constructor(
    private readonly listGroups: ListTagGroupsUseCase,
    private readonly createGroup: CreateTagGroupUseCase,
    private readonly updateGroup: UpdateTagGroupUseCase,
    private readonly deleteGroup: DeleteTagGroupUseCase,
    private readonly listTags: ListTagsUseCase,
    private readonly countTagPeople: CountTagPeopleUseCase,
    private readonly createTag: CreateTagUseCase,
    private readonly updateTag: UpdateTagUseCase,
    private readonly mergeTags: MergeTagsUseCase,
    private readonly deleteTag: DeleteTagUseCase,
    private readonly bulkTag: BulkTagUseCase,
    private readonly bulkUntag: BulkUntagUseCase,
  ) {}

  @RpcHandler('membership.tag-group.list')
  groups(): Rep<'membership.tag-group.list'> {
    return this.listGroups.execute();
  }

  @RpcHandler('membership.tag-group.create')
  addGroup(input: Req<'membership.tag-group.create'>): Rep<'membership.tag-group.create'> {
    return this.createGroup.execute(input);
  }

  @RpcHandler('membership.tag-group.update')
  changeGroup(input: Req<'membership.tag-group.update'>): Rep<'membership.tag-group.update'> {
    return this.updateGroup.execute(input);
  }

  @RpcHandler('membership.tag-group.delete')
  removeGroup(input: Req<'membership.tag-group.delete'>): Rep<'membership.tag-group.delete'> {
    return this.deleteGroup.execute(input.id);
  }

  @RpcHandler('membership.tag.list')
  tags(input: Req<'membership.tag.list'>): Rep<'membership.tag.list'> {
    return this.listTags.execute(input);
  }

  @RpcHandler('membership.tag.list-by-groups')
  tagsInGroups(input: Req<'membership.tag.list-by-groups'>): Rep<'membership.tag.list-by-groups'> {
    return this.listTags.inGroups(input.ids);
  }

  @RpcHandler('membership.tag.counts')
  counts(): Rep<'membership.tag.counts'> {
    return this.countTagPeople.execute();
  }

  @RpcHandler('membership.tag.create')
  add(input: Req<'membership.tag.create'>): Rep<'membership.tag.create'> {
    return this.createTag.execute(input);
  }

  @RpcHandler('membership.tag.update')
  change(input: Req<'membership.tag.update'>): Rep<'membership.tag.update'> {
    return this.updateTag.execute(input);
  }

  @RpcHandler('membership.tag.merge')
  merge(input: Req<'membership.tag.merge'>): Rep<'membership.tag.merge'> {
    return this.mergeTags.execute(input);
  }

  @RpcHandler('membership.tag.delete')
  remove(input: Req<'membership.tag.delete'>): Rep<'membership.tag.delete'> {
    return this.deleteTag.execute(input.id);
  }

  @RpcHandler('membership.tag.bulk-apply')
  apply(input: Req<'membership.tag.bulk-apply'>): Rep<'membership.tag.bulk-apply'> {
    return this.bulkTag.execute(input);
  }

  @RpcHandler('membership.tag.bulk-remove')
  unapply(input: Req<'membership.tag.bulk-remove'>): Rep<'membership.tag.bulk-remove'> {
    return this.bulkUntag.execute(input);
  }
}
