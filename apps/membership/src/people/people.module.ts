import { Module } from '@nestjs/common';
import { ArchivePersonUseCase } from './archive-person.use-case';
import { CreatePersonUseCase } from './create-person.use-case';
import { GetPeopleUseCase } from './get-people.use-case';
import { ListPeopleUseCase } from './list-people.use-case';
import { loadPeopleConfig } from './people.config';
import { PeopleRpcController } from './people.rpc-controller';
import { DEFAULT_PHONE_REGION, PersonDetailsNormalizer } from './person-details.normalizer';
import { PersonRepository } from './person.repository';
import { UpdatePersonUseCase } from './update-person.use-case';

/** People of a coalition: members, supporters, contacts and leaders. */
@Module({
  providers: [
    { provide: DEFAULT_PHONE_REGION, useFactory: () => loadPeopleConfig().DEFAULT_PHONE_REGION },
    PersonDetailsNormalizer,
    PersonRepository,
    CreatePersonUseCase,
    UpdatePersonUseCase,
    ArchivePersonUseCase,
    GetPeopleUseCase,
    ListPeopleUseCase,
    PeopleRpcController,
  ],
})
export class PeopleModule {}
