import { Injectable } from '@nestjs/common';
import type { Page, PersonContactsDto, PersonDto } from '@groundwork/contracts';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { AddPersonContactUseCase } from './add-person-contact.use-case';
import { ArchivePersonUseCase } from './archive-person.use-case';
import { CreatePersonUseCase } from './create-person.use-case';
import { GetPeopleUseCase } from './get-people.use-case';
import { GetPersonContactsUseCase } from './get-person-contacts.use-case';
import { ListPeopleUseCase } from './list-people.use-case';
import type { ListPeopleInput } from './list-people.use-case';
import { MakeContactPrimaryUseCase } from './make-contact-primary.use-case';
import type { CreatePersonInput, UpdatePersonInput } from './person-details.normalizer';
import { toPersonDto } from './person.mapper';
import { RemovePersonContactUseCase } from './remove-person-contact.use-case';
import { UpdatePersonUseCase } from './update-person.use-case';

/** NATS adapter for the people use cases: requests arrive validated, replies leave as DTOs. */
@Injectable()
export class PeopleRpcController {
  constructor(
    private readonly createPerson: CreatePersonUseCase,
    private readonly updatePerson: UpdatePersonUseCase,
    private readonly archivePerson: ArchivePersonUseCase,
    private readonly getPeople: GetPeopleUseCase,
    private readonly listPeople: ListPeopleUseCase,
    private readonly getContacts: GetPersonContactsUseCase,
    private readonly addContact: AddPersonContactUseCase,
    private readonly removeContact: RemovePersonContactUseCase,
    private readonly makePrimary: MakeContactPrimaryUseCase,
  ) {}

  @RpcHandler('membership.person.create')
  async create(input: CreatePersonInput): Promise<PersonDto> {
    return toPersonDto(await this.createPerson.execute(input));
  }

  @RpcHandler('membership.person.update')
  async update(input: UpdatePersonInput): Promise<PersonDto> {
    return toPersonDto(await this.updatePerson.execute(input));
  }

  @RpcHandler('membership.person.archive')
  async archive(input: MembershipRequest<'membership.person.archive'>): Promise<PersonDto> {
    return toPersonDto(await this.archivePerson.execute(input.id));
  }

  @RpcHandler('membership.person.get-many')
  async getMany(input: MembershipRequest<'membership.person.get-many'>): Promise<PersonDto[]> {
    return (await this.getPeople.execute(input.ids)).map(toPersonDto);
  }

  @RpcHandler('membership.person.list')
  async list(input: ListPeopleInput): Promise<Page<PersonDto>> {
    const page = await this.listPeople.execute(input);
    return { ...page, items: page.items.map(toPersonDto) };
  }

  @RpcHandler('membership.person.contacts.get-many')
  contacts(input: MembershipRequest<'membership.person.contacts.get-many'>): Promise<PersonContactsDto[]> {
    return this.getContacts.execute(input.ids);
  }

  @RpcHandler('membership.person.email.add')
  async addEmail(input: MembershipRequest<'membership.person.email.add'>): Promise<PersonDto> {
    return toPersonDto(
      await this.addContact.execute({
        kind: 'email',
        personId: input.personId,
        value: input.email,
        sms: false,
      }),
    );
  }

  @RpcHandler('membership.person.email.remove')
  async removeEmail(input: MembershipRequest<'membership.person.email.remove'>): Promise<PersonDto> {
    return toPersonDto(
      await this.removeContact.execute({ kind: 'email', personId: input.personId, value: input.email }),
    );
  }

  @RpcHandler('membership.person.email.make-primary')
  async makeEmailPrimary(
    input: MembershipRequest<'membership.person.email.make-primary'>,
  ): Promise<PersonDto> {
    return toPersonDto(
      await this.makePrimary.execute({ kind: 'email', personId: input.personId, value: input.email }),
    );
  }

  @RpcHandler('membership.person.phone.add')
  async addPhone(input: MembershipRequest<'membership.person.phone.add'>): Promise<PersonDto> {
    return toPersonDto(
      await this.addContact.execute({
        kind: 'phone',
        personId: input.personId,
        value: input.phone,
        sms: input.sms,
      }),
    );
  }

  @RpcHandler('membership.person.phone.remove')
  async removePhone(input: MembershipRequest<'membership.person.phone.remove'>): Promise<PersonDto> {
    return toPersonDto(
      await this.removeContact.execute({ kind: 'phone', personId: input.personId, value: input.phone }),
    );
  }

  @RpcHandler('membership.person.phone.make-primary')
  async makePhonePrimary(
    input: MembershipRequest<'membership.person.phone.make-primary'>,
  ): Promise<PersonDto> {
    return toPersonDto(
      await this.makePrimary.execute({ kind: 'phone', personId: input.personId, value: input.phone }),
    );
  }
}
