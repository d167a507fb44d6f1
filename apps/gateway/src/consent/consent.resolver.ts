import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ConsentChannel as ConsentChannelSchema,
  type ConsentRecordDto,
  type MemberUserDto,
  type PersonDto,
} from '@groundwork/contracts';
import { RpcClient } from '@groundwork/service-kit/client';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import type { ConnectionShape } from '../common/connection.model';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { nullsAsDefaults } from '../ladder/input-nulls';
import { Person } from '../people/person.model';
import { CoalitionUser } from '../users/user.model';
import { ConsentHistoryArgs } from './consent.args';
import { RecordConsentInput } from './consent.input';
import { currentConsentLoader } from './consent.loaders';
import { ChannelConsent, ConsentRecord, ConsentRecordConnection } from './consent.model';

/** Consent on the person: where they stand per channel now, the append-only history, and recording an answer. */
@Resolver(() => Person)
export class PersonConsentResolver {
  constructor(
    private readonly services: ServiceRpc,
    private readonly rpc: RpcClient,
  ) {}

  @MinRole(Role.VIEWER)
  @ResolveField('consents', () => [ChannelConsent], {
    description: 'Every channel, in the order EMAIL, SMS, PHONE, MAIL.',
  })
  async consents(@Parent() person: PersonDto, @Context() context: GraphQLContext): Promise<ChannelConsent[]> {
    const current = (await currentConsentLoader(this.rpc, context).load(person.id))?.current ?? [];
    return ConsentChannelSchema.options.map((channel) => {
      const latest = current.find((record) => record.channel === channel) ?? null;
      return { channel, granted: latest?.status === 'GRANTED', latest };
    });
  }

  @MinRole(Role.VIEWER)
  @ResolveField('consentHistory', () => ConsentRecordConnection, {
    description: 'Every consent record, newest first.',
  })
  async consentHistory(
    @Parent() person: PersonDto,
    @Args() args: ConsentHistoryArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<ConsentRecordDto>> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.consent.history.list', {
      personId: person.id,
      ...(args.channel ? { channel: args.channel } : {}),
      ...servicePage(slice),
    });
    return toConnection(page, slice);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => ConsentRecord, {
    description: 'Records that a person granted or withdrew consent on a channel.',
  })
  recordConsent(
    @Args('input') input: RecordConsentInput,
    @Context() context: GraphQLContext,
  ): Promise<ConsentRecordDto> {
    return this.services.request(context, 'membership.consent.record', nullsAsDefaults(input));
  }
}

@Resolver(() => ConsentRecord)
export class ConsentRecordResolver {
  @MinRole(Role.VIEWER)
  @ResolveField('recordedBy', () => CoalitionUser, {
    nullable: true,
    description: 'Null when an API token recorded it, or for a former member.',
  })
  recordedBy(
    @Parent() record: ConsentRecordDto,
    @Context() context: GraphQLContext,
  ): Promise<MemberUserDto | null> {
    return record.recordedBy ? context.loaders.user.load(record.recordedBy) : Promise.resolve(null);
  }
}
