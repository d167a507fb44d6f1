import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { PersonDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { CoalitionUser } from '../users/user.model';
import { RpcClient } from '@groundwork/service-kit/client';
import { AddPersonPhoneInput, PersonEmailInput, PersonPhoneInput } from './person-contact.input';
import { PersonEmail, PersonPhone } from './person-contacts.model';
import { personContactsLoader } from './person-contacts.loaders';
import { Person } from './person.model';

/** The profile's linked fields on Person (emails, phones, referrer, organizer) and its contact mutations. */
@Resolver(() => Person)
export class PersonProfileResolver {
  constructor(
    private readonly services: ServiceRpc,
    private readonly rpc: RpcClient,
  ) {}

  @MinRole(Role.VIEWER)
  @ResolveField('emails', () => [PersonEmail], { description: 'Every email, the primary first.' })
  async emails(@Parent() person: PersonDto, @Context() context: GraphQLContext): Promise<PersonEmail[]> {
    return (await personContactsLoader(this.rpc, context).load(person.id))?.emails ?? [];
  }

  @MinRole(Role.VIEWER)
  @ResolveField('phones', () => [PersonPhone], { description: 'Every phone, the primary first.' })
  async phones(@Parent() person: PersonDto, @Context() context: GraphQLContext): Promise<PersonPhone[]> {
    return (await personContactsLoader(this.rpc, context).load(person.id))?.phones ?? [];
  }

  @MinRole(Role.VIEWER)
  @ResolveField('referredBy', () => Person, { nullable: true })
  referredBy(@Parent() person: PersonDto, @Context() context: GraphQLContext): Promise<PersonDto | null> {
    return person.referredByPersonId
      ? context.loaders.person.load(person.referredByPersonId)
      : Promise.resolve(null);
  }

  @MinRole(Role.VIEWER)
  @ResolveField('assignedOrganizer', () => CoalitionUser, { nullable: true })
  assignedOrganizer(
    @Parent() person: PersonDto,
    @Context() context: GraphQLContext,
  ): Promise<CoalitionUser | null> {
    return person.assignedOrganizerId
      ? context.loaders.user.load(person.assignedOrganizerId)
      : Promise.resolve(null);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Person, {
    description: 'Adds an email; a person without a primary email gets it as primary.',
  })
  addPersonEmail(
    @Args('input') input: PersonEmailInput,
    @Context() context: GraphQLContext,
  ): Promise<PersonDto> {
    return this.services.request(context, 'membership.person.email.add', input);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Person, {
    description: 'Removes an email; removing the primary promotes the oldest other one.',
  })
  removePersonEmail(
    @Args('input') input: PersonEmailInput,
    @Context() context: GraphQLContext,
  ): Promise<PersonDto> {
    return this.services.request(context, 'membership.person.email.remove', input);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Person, { description: 'Swaps one of the person’s other emails with the primary.' })
  makePersonEmailPrimary(
    @Args('input') input: PersonEmailInput,
    @Context() context: GraphQLContext,
  ): Promise<PersonDto> {
    return this.services.request(context, 'membership.person.email.make-primary', input);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Person, { description: 'Adds a phone, or sets whether one the person has takes SMS.' })
  addPersonPhone(
    @Args('input') input: AddPersonPhoneInput,
    @Context() context: GraphQLContext,
  ): Promise<PersonDto> {
    return this.services.request(context, 'membership.person.phone.add', {
      personId: input.personId,
      phone: input.phone,
      sms: input.sms ?? false,
    });
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Person, {
    description: 'Removes a phone; removing the primary promotes the oldest other one.',
  })
  removePersonPhone(
    @Args('input') input: PersonPhoneInput,
    @Context() context: GraphQLContext,
  ): Promise<PersonDto> {
    return this.services.request(context, 'membership.person.phone.remove', input);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Person, {
    description:
      'Swaps one of the person’s other phones with the primary; SMS flags travel with their numbers.',
  })
  makePersonPhonePrimary(
    @Args('input') input: PersonPhoneInput,
    @Context() context: GraphQLContext,
  ): Promise<PersonDto> {
    return this.services.request(context, 'membership.person.phone.make-primary', input);
  }
}
