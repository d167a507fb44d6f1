import { Module } from '@nestjs/common';
import { CreateItemUseCase } from './create-item.use-case';
import { ItemRepository } from './item.repository';
import { ItemsRpcController } from './items.rpc-controller';

/** Items: the aggregate the scaffold starts with. */
@Module({
  providers: [ItemRepository, CreateItemUseCase, ItemsRpcController],
})
export class ItemsModule {}
