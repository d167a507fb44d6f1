import { Module } from '@nestjs/common';
import { MEMBERSHIP, MEMBERSHIP_STREAM, membershipRpc } from '@groundwork/contracts';
import { ServiceKitModule } from '@groundwork/service-kit';
import { accountsEntities } from './accounts.entities';
import { AccountsModule } from './accounts.module';
import { PeopleModule } from './people/people.module';
import { PersonEntity } from './people/person.entity';

@Module({
  imports: [
    ServiceKitModule.forService({
      service: MEMBERSHIP,
      schema: MEMBERSHIP,
      entities: [...accountsEntities, PersonEntity],
      serves: membershipRpc,
      publishes: MEMBERSHIP_STREAM,
    }),
    AccountsModule,
    PeopleModule,
  ],
})
export class AppModule {}
