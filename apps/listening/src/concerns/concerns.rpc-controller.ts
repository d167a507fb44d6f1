import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { ListeningReply, ListeningRequest } from '../listening-rpc';
import { AddConcernsUseCase } from './add-concerns.use-case';
import { toConcernDto } from './concern.mapper';
import { GetConcernsUseCase } from './get-concerns.use-case';
import { ListConcernsUseCase } from './list-concerns.use-case';

/** NATS adapter for concerns: requests arrive validated, replies leave as DTOs. */
@Injectable()
export class ConcernsRpcController {
  constructor(
    private readonly addConcerns: AddConcernsUseCase,
    private readonly getConcerns: GetConcernsUseCase,
    private readonly listConcerns: ListConcernsUseCase,
  ) {}

  @RpcHandler('listening.concern.add')
  async add(
    input: ListeningRequest<'listening.concern.add'>,
  ): Promise<ListeningReply<'listening.concern.add'>> {
    return (await this.addConcerns.execute(input)).map(toConcernDto);
  }

  @RpcHandler('listening.concern.get-many')
  async getMany(
    input: ListeningRequest<'listening.concern.get-many'>,
  ): Promise<ListeningReply<'listening.concern.get-many'>> {
    return (await this.getConcerns.execute(input.ids)).map(toConcernDto);
  }

  @RpcHandler('listening.concern.list')
  async list(
    input: ListeningRequest<'listening.concern.list'>,
  ): Promise<ListeningReply<'listening.concern.list'>> {
    const page = await this.listConcerns.execute(input);
    return { ...page, items: page.items.map(toConcernDto) };
  }
}
