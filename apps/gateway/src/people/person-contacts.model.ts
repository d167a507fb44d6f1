import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class PersonEmail {
  @Field()
  email!: string;

  @Field({ description: 'The primary email is also `Person.email`.' })
  primary!: boolean;
}

@ObjectType()
export class PersonPhone {
  @Field({ description: 'E.164, e.g. +14155550123.' })
  phone!: string;

  @Field({ description: 'Whether this number takes SMS.' })
  sms!: boolean;

  @Field({ description: 'The primary phone is also `Person.phone`.' })
  primary!: boolean;
}
