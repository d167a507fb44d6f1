import { Injectable } from '@nestjs/common';
import type { MembershipRpc, Page, PersonDto, RpcParsedRequest } from '@groundwork/contracts';
import { RpcHandler } from '@groundwork/service-kit';
import { ArchivePersonUseCase } from './archive-person.use-case';
import { CreatePersonUseCase } from './create-person.use-case';
import { GetPeopleUseCase } from './get-people.use-case';
import { ListPeopleUseCase } from './list-people.use-case';
import type { CreatePersonInput, UpdatePersonInput } from './person-details.normalizer';
import { toPersonDto } from './person.mapper';
import type { ListPeopleInput } from './list-people.use-case';
import { UpdatePersonUseCase } from './update-person.use-case';

type Request<S extends keyof MembershipRpc> = RpcParsedRequest<MembershipRpc[S]>;

/** NATS adapter for the people use cases: requests arrive validated, replies leave as DTOs. */
@Injectable()
export class PeopleRpcController {
  constructor(
    private readonly createPerson: CreatePersonUseCase,
    private readonly updatePerson: UpdatePersonUseCase,
    private readonly archivePerson: ArchivePersonUseCase,
    private readonly getPeople: GetPeopleUseCase,
    private readonly listPeople: ListPeopleUseCase,
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
  async archive(input: Request<'membership.person.archive'>): Promise<PersonDto> {
    return toPersonDto(await this.archivePerson.execute(input.id));
  }

  @RpcHandler('membership.person.get-many')
  async getMany(input: Request<'membership.person.get-many'>): Promise<PersonDto[]> {
    return (await this.getPeople.execute(input.ids)).map(toPersonDto);
  }

  @RpcHandler('membership.person.list')
  async list(input: ListPeopleInput): Promise<Page<PersonDto>> {
    const page = await this.listPeople.execute(input);
    return { ...page, items: page.items.map(toPersonDto) };
  }
}
