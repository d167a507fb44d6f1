import { Module } from '@nestjs/common';
import { LISTENING, listeningRpc } from '@groundwork/contracts';
import { ServiceKitModule } from '@groundwork/service-kit';
import { ItemEntity } from './items/item.entity';
import { ItemsModule } from './items/items.module';

@Module({
  imports: [
    ServiceKitModule.forService({
      service: LISTENING,
      schema: LISTENING,
      entities: [ItemEntity],
      serves: listeningRpc,
    }),
    ItemsModule,
  ],
})
export class AppModule {}
