import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { CountWeeklyOneOnOnesUseCase } from './count-weekly-one-on-ones.use-case';
import { GetOneOnOneUseCase } from './get-one-on-one.use-case';
import { ListOneOnOnesUseCase } from './list-one-on-ones.use-case';
import { OneOnOneEntity } from './one-on-one.entity';
import { OneOnOneRepository } from './one-on-one.repository';
import { OneOnOnesRpcController } from './one-on-ones.rpc-controller';
import { RecordOneOnOneUseCase } from './record-one-on-one.use-case';
import { UpdateOneOnOneUseCase } from './update-one-on-one.use-case';

export const oneOnOnesEntities = [OneOnOneEntity];

/** One-on-ones: the relational meetings organizers hold, as first-class records. */
@Module({
  imports: [OrganizationsModule],
  providers: [
    OneOnOneRepository,
    RecordOneOnOneUseCase,
    UpdateOneOnOneUseCase,
    GetOneOnOneUseCase,
    ListOneOnOnesUseCase,
    CountWeeklyOneOnOnesUseCase,
    OneOnOnesRpcController,
  ],
})
export class OneOnOnesModule {}
