import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../common/page.args';
import { ConsentChannel } from './consent.model';

@ArgsType()
export class ConsentHistoryArgs extends PageArgs {
  @Field(() => ConsentChannel, {
    nullable: true,
    description: 'Only this channel; every channel when left out.',
  })
  channel?: ConsentChannel | null;
}
