import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'Adds, removes or makes primary one email of a person.' })
export class PersonEmailInput {
  @Field(() => ID)
  personId!: string;

  @Field()
  email!: string;
}

@InputType({ description: 'Removes or makes primary one phone of a person.' })
export class PersonPhoneInput {
  @Field(() => ID)
  personId!: string;

  @Field()
  phone!: string;
}

@InputType({ description: 'Adds a phone to a person, or sets whether a phone they have takes SMS.' })
export class AddPersonPhoneInput {
  @Field(() => ID)
  personId!: string;

  @Field()
  phone!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  sms?: boolean | null;
}
