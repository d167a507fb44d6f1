import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '../common/page.args';
import { ConsentChannel } from '../consent/consent.model';
import { SegmentFilterInput } from './segment.input';

@ArgsType()
export class SearchPeopleArgs extends PageArgs {
  @Field({
    description:
      'Words matched against names (typo-tolerant), emails, phones and notes; every word must match.',
  })
  query!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeArchived?: boolean | null;
}

@ArgsType()
export class SegmentArgs {
  @Field(() => ID)
  id!: string;
}

@ArgsType()
export class SegmentCountArgs {
  @Field(() => SegmentFilterInput)
  filter!: SegmentFilterInput;

  @Field(() => ConsentChannel, {
    nullable: true,
    description: 'Count only people who may be contacted on this channel.',
  })
  channel?: ConsentChannel | null;
}

@ArgsType()
export class SegmentPeopleArgs extends PageArgs {
  @Field(() => ID)
  segmentId!: string;

  @Field(() => ConsentChannel, {
    nullable: true,
    description:
      'Leave out people without granted consent for this channel, and people marked DO_NOT_CONTACT.',
  })
  channel?: ConsentChannel | null;
}
