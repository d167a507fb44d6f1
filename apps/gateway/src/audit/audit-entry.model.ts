import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AuditActorType as AuditActorTypeSchema,
  AuditRecordType as AuditRecordTypeSchema,
} from '@groundwork/contracts';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';
import { JsonObjectScalar } from '../custom-fields/json-object.scalar';

export const AuditActorType = AuditActorTypeSchema.enum;
export type AuditActorType = AuditActorTypeSchema;

registerEnumType(AuditActorType, { name: 'AuditActorType' });

export const AuditRecordType = AuditRecordTypeSchema.enum;
export type AuditRecordType = AuditRecordTypeSchema;

registerEnumType(AuditRecordType, { name: 'AuditRecordType' });

@ObjectType({ description: 'The record an audit entry is about, to link to.' })
export class AuditRecord {
  @Field(() => AuditRecordType)
  type!: AuditRecordType;

  @Field(() => ID)
  id!: string;
}

/** One change in membership. `actor` and `person` are resolved by `AuditLogResolver`. */
@ObjectType()
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What happened: the event type, e.g. membership.person.updated.' })
  action!: string;

  @Field(() => DateTimeScalar)
  occurredAt!: string;

  @Field(() => AuditActorType, { nullable: true, description: 'Null for changes made without a caller.' })
  actorType!: AuditActorType | null;

  @Field(() => String, { nullable: true, description: 'The user or API token id that made the change.' })
  actorId!: string | null;

  @Field(() => ID, { nullable: true })
  personId!: string | null;

  @Field({ description: 'Shared by every change one request made, and by its logs.' })
  correlationId!: string;

  @Field(() => JsonObjectScalar, {
    description: 'The facts of the change: ids, changed field names, levels.',
  })
  details!: Record<string, unknown>;

  @Field({
    description:
      'The change in words, with the names its records have now, e.g. "Dana moved Zoë Martin to Leader: hosted two house meetings".',
  })
  summary!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Who made the change: a member by name, an API token as `API token “name”`; null for the system.',
  })
  actorName!: string | null;

  @Field(() => AuditRecord, {
    nullable: true,
    description: 'The record to open for this change, while it exists.',
  })
  record!: AuditRecord | null;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry, 'AuditEntry') {}
