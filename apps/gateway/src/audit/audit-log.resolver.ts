import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuditEntryDto, PersonDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Person } from '../people/person.model';
import { CoalitionUser } from '../users/user.model';
import { AuditEntry, AuditEntryConnection } from './audit-entry.model';
import { AuditLogArgs } from './audit-log.args';

const definedOnly = (values: Record<string, string | null | undefined>) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null && value !== undefined));

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'Who changed what in membership, newest first.' })
  async auditLog(
    @Args() args: AuditLogArgs,
    @Context() context: GraphQLContext,
  ): Promise<AuditEntryConnection> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.audit.list', {
      ...servicePage(slice),
      ...definedOnly({
        personId: args.personId,
        actorId: args.actorId,
        action: args.action,
        from: args.from,
        to: args.to,
      }),
    });
    return toConnection(page, slice);
  }

  @MinRole(Role.ADMIN)
  @ResolveField('actor', () => CoalitionUser, {
    nullable: true,
    description: 'The user who made the change, while they are a member; null for API tokens and the system.',
  })
  actor(@Parent() entry: AuditEntryDto, @Context() context: GraphQLContext): Promise<CoalitionUser | null> {
    return entry.actorType === 'USER' && entry.actorId
      ? context.loaders.user.load(entry.actorId)
      : Promise.resolve(null);
  }

  @MinRole(Role.ADMIN)
  @ResolveField('person', () => Person, { nullable: true, description: 'Null once the person is erased.' })
  person(@Parent() entry: AuditEntryDto, @Context() context: GraphQLContext): Promise<PersonDto | null> {
    return entry.personId ? context.loaders.person.load(entry.personId) : Promise.resolve(null);
  }
}
