import { Injectable } from '@nestjs/common';
import type { ListeningItemDto, ListeningRpc, RpcParsedRequest } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { ItemRepository } from './item.repository';

@Injectable()
export class CreateItemUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly items: ItemRepository,
  ) {}

  execute(input: RpcParsedRequest<ListeningRpc['listening.item.create']>): Promise<ListeningItemDto> {
    return this.unitOfWork.run(async () => {
      const item = await this.items.insert(input.name);
      return { id: item.id, name: item.name, createdAt: item.createdAt.toISOString() };
    });
  }
}
