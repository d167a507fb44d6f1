import { Module } from '@nestjs/common';
import { MEMBERSHIP, MEMBERSHIP_STREAM, membershipRpc } from '@groundwork/contracts';
import { ServiceKitModule } from '@groundwork/service-kit';
import { accountsEntities } from './accounts.entities';
import { AccountsModule } from './accounts.module';
import { AuditModule } from './audit/audit.module';
import { oneOnOnesEntities, OneOnOnesModule } from './one-on-ones/one-on-ones.module';
import { organizationsEntities, OrganizationsModule } from './organizations/organizations.module';
import { relationshipsEntities, RelationshipsModule } from './relationships/relationships.module';
import { PeopleModule } from './people/people.module';
import { DemographicsModule } from './demographics/demographics.module';
import { NotesModule } from './notes/notes.module';
import { TimelineModule } from './timeline/timeline.module';
import { LadderModule } from './ladder/ladder.module';
import { LeadershipModule } from './leadership/leadership.module';
import { ConsentModule } from './consent/consent.module';
import { TagsModule } from './tags/tags.module';
import { PersonEntity } from './people/person.entity';
import { ImportsModule } from './imports/imports.module';
import { SearchModule } from './search/search.module';
import { SegmentsModule } from './segments/segments.module';
import { ExportsModule } from './exports/exports.module';
import { DuplicatesModule } from './duplicates/duplicates.module';
import { MergeModule } from './merge/merge.module';
import { PersonDataModule } from './person-data/person-data.module';
import { ErasureModule } from './erasure/erasure.module';

@Module({
  imports: [
    ServiceKitModule.forService({
      service: MEMBERSHIP,
      schema: MEMBERSHIP,
      entities: [
        ...accountsEntities,
        PersonEntity,
        ...organizationsEntities,
        ...relationshipsEntities,
        ...oneOnOnesEntities,
      ],
      serves: membershipRpc,
      publishes: MEMBERSHIP_STREAM,
      idempotentWrites: true,
    }),
    AccountsModule,
    AuditModule,
    PeopleModule,
    DemographicsModule,
    NotesModule,
    TimelineModule,
    OrganizationsModule,
    RelationshipsModule,
    OneOnOnesModule,
    LadderModule,
    LeadershipModule,
    ConsentModule,
    TagsModule,
    ImportsModule,
    SearchModule,
    SegmentsModule,
    ExportsModule,
    DuplicatesModule,
    MergeModule,
    PersonDataModule,
    ErasureModule,
  ],
})
export class AppModule {}
