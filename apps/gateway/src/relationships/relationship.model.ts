import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RelationshipType as RelationshipTypeSchema } from '@groundwork/contracts';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';
import { LocalDateScalar } from '../organizations/local-date.scalar';

export const RelationshipType = RelationshipTypeSchema.enum;
export type RelationshipType = RelationshipTypeSchema;
registerEnumType(RelationshipType, {
  name: 'RelationshipType',
  description:
    'FAMILY, NEIGHBOUR and CO_WORKER hold both ways. RECRUITED_BY and MENTOR are directed, read from `from` to `to`: "from was recruited by to", "from mentors to".',
});

/** A typed link between two people; `from` and `to` are resolved fields. */
@ObjectType()
export class Relationship {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationshipType)
  type!: RelationshipType;

  @Field({ description: 'False for links that hold both ways; then either person may be `from`.' })
  directed!: boolean;

  @Field(() => ID)
  fromPersonId!: string;

  @Field(() => ID)
  toPersonId!: string;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  startedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  endedOn!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: string;
}

@ObjectType()
export class RelationshipConnection extends Connection(Relationship, 'Relationship') {}

/** A person in a relational graph; `person` is a resolved field. */
@ObjectType()
export class RelationalGraphNode {
  @Field(() => ID)
  personId!: string;

  @Field(() => Int, {
    description: '0 for the person asked about, 1 for their relations, 2 for relations of those.',
  })
  depth!: number;
}

@ObjectType()
export class RelationalGraph {
  @Field(() => [RelationalGraphNode])
  nodes!: RelationalGraphNode[];

  @Field(() => [Relationship], { description: 'Every current relationship between two nodes.' })
  edges!: Relationship[];

  @Field({ description: 'True when maxNodes cut the graph short (the farthest ring first).' })
  truncated!: boolean;
}

/** A leader and the current relationships they hold; `person` is a resolved field. */
@ObjectType()
export class LeaderRelationships {
  @Field(() => ID)
  personId!: string;

  @Field(() => Int)
  relationshipCount!: number;
}

@ObjectType()
export class LeaderRelationshipsConnection extends Connection(LeaderRelationships, 'LeaderRelationships') {}
