import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../common/page.args';
import { DuplicateStatus } from './duplicates.model';

@ArgsType()
export class DuplicateCandidatesArgs extends PageArgs {
  @Field(() => DuplicateStatus, { nullable: true, defaultValue: DuplicateStatus.OPEN })
  status?: DuplicateStatus | null;
}
