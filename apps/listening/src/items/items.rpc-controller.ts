import { Injectable } from '@nestjs/common';
import type { ListeningRpc, RpcParsedRequest, RpcResult } from '@groundwork/contracts';
import { RpcHandler } from '@groundwork/service-kit';
import { CreateItemUseCase } from './create-item.use-case';

/** NATS adapter for items. */
@Injectable()
export class ItemsRpcController {
  constructor(private readonly createItem: CreateItemUseCase) {}

  @RpcHandler('listening.item.create')
  create(
    input: RpcParsedRequest<ListeningRpc['listening.item.create']>,
  ): Promise<RpcResult<ListeningRpc['listening.item.create']>> {
    return this.createItem.execute(input);
  }
}
