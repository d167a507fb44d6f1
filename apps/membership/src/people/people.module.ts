import { Module } from '@nestjs/common';
import { CustomFieldsModule } from '../custom-fields/custom-fields.module';
import { AddPersonContactUseCase } from './add-person-contact.use-case';
import { ArchivePersonUseCase } from './archive-person.use-case';
import { CreatePersonUseCase } from './create-person.use-case';
import { GetPeopleUseCase } from './get-people.use-case';
import { GetPersonContactsUseCase } from './get-person-contacts.use-case';
import { ListPeopleUseCase } from './list-people.use-case';
import { MakeContactPrimaryUseCase } from './make-contact-primary.use-case';
import { loadPeopleConfig } from './people.config';
import { PeopleRpcController } from './people.rpc-controller';
import { PersonContactInput } from './person-contact-input';
import { PersonContactsRepository } from './person-contacts.repository';
import { DEFAULT_PHONE_REGION, PersonDetailsNormalizer } from './person-details.normalizer';
import { PersonReferences } from './person-references';
import { PersonStatusChangeRepository } from './person-status-change.repository';
import { PersonReads } from './person.reads';
import { PersonRepository } from './person.repository';
import { RemovePersonContactUseCase } from './remove-person-contact.use-case';
import { UpdatePersonUseCase } from './update-person.use-case';

/** People of a coalition: members, supporters, contacts and leaders, with their profiles. */
@Module({
  imports: [CustomFieldsModule],
  providers: [
    { provide: DEFAULT_PHONE_REGION, useFactory: () => loadPeopleConfig().DEFAULT_PHONE_REGION },
    PersonDetailsNormalizer,
    PersonRepository,
    PersonReads,
    PersonContactsRepository,
    PersonReferences,
    PersonStatusChangeRepository,
    PersonContactInput,
    CreatePersonUseCase,
    UpdatePersonUseCase,
    ArchivePersonUseCase,
    GetPeopleUseCase,
    ListPeopleUseCase,
    GetPersonContactsUseCase,
    AddPersonContactUseCase,
    RemovePersonContactUseCase,
    MakeContactPrimaryUseCase,
    PeopleRpcController,
  ],
  exports: [PersonRepository],
})
export class PeopleModule {}
