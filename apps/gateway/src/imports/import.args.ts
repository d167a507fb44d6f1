import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

@ArgsType()
export class ImportJobArgs {
  @Field(() => ID)
  id!: string;
}

@ArgsType()
export class ImportPreviewArgs {
  @Field(() => Int, { nullable: true, defaultValue: 10, description: 'At most 50.' })
  first?: number | null;
}
