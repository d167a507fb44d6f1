import { Module } from '@nestjs/common';
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
import { TagGroupRepository } from './tag-group.repository';
import { TagRepository } from './tag.repository';
import { TagsRpcController } from './tags.rpc-controller';
import { UpdateTagGroupUseCase } from './update-tag-group.use-case';
import { UpdateTagUseCase } from './update-tag.use-case';

/** The tag catalogue (groups, colours, descriptions) and bulk tagging of people. */
@Module({
  providers: [
    TagGroupRepository,
    TagRepository,
    ListTagGroupsUseCase,
    CreateTagGroupUseCase,
    UpdateTagGroupUseCase,
    DeleteTagGroupUseCase,
    ListTagsUseCase,
    CountTagPeopleUseCase,
    CreateTagUseCase,
    UpdateTagUseCase,
    MergeTagsUseCase,
    DeleteTagUseCase,
    BulkTagUseCase,
    BulkUntagUseCase,
    TagsRpcController,
  ],
})
export class TagsModule {}
