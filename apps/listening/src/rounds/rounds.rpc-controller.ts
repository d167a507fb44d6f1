import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { ListeningReply, ListeningRequest } from '../listening-rpc';
import { CloseRoundUseCase } from './close-round.use-case';
import { CreateRoundUseCase } from './create-round.use-case';
import { GetRoundsUseCase } from './get-rounds.use-case';
import { ListRoundsUseCase } from './list-rounds.use-case';
import { OpenRoundUseCase } from './open-round.use-case';
import { toRoundDto } from './round.mapper';

/** NATS adapter for prioritization rounds: requests arrive validated, replies leave as DTOs. */
@Injectable()
export class RoundsRpcController {
  constructor(
    private readonly createRound: CreateRoundUseCase,
    private readonly openRound: OpenRoundUseCase,
    private readonly closeRound: CloseRoundUseCase,
    private readonly getRounds: GetRoundsUseCase,
    private readonly listRounds: ListRoundsUseCase,
  ) {}

  @RpcHandler('listening.round.create')
  async create(
    input: ListeningRequest<'listening.round.create'>,
  ): Promise<ListeningReply<'listening.round.create'>> {
    return toRoundDto(await this.createRound.execute(input));
  }

  @RpcHandler('listening.round.open')
  async open(
    input: ListeningRequest<'listening.round.open'>,
  ): Promise<ListeningReply<'listening.round.open'>> {
    return toRoundDto(await this.openRound.execute(input.id));
  }

  @RpcHandler('listening.round.close')
  async close(
    input: ListeningRequest<'listening.round.close'>,
  ): Promise<ListeningReply<'listening.round.close'>> {
    return toRoundDto(await this.closeRound.execute(input.id));
  }

  @RpcHandler('listening.round.get')
  async get(input: ListeningRequest<'listening.round.get'>): Promise<ListeningReply<'listening.round.get'>> {
    return toRoundDto(await this.getRounds.one(input.id));
  }

  @RpcHandler('listening.round.get-many')
  async getMany(
    input: ListeningRequest<'listening.round.get-many'>,
  ): Promise<ListeningReply<'listening.round.get-many'>> {
    return (await this.getRounds.execute(input.ids)).map(toRoundDto);
  }

  @RpcHandler('listening.round.list')
  async list(
    input: ListeningRequest<'listening.round.list'>,
  ): Promise<ListeningReply<'listening.round.list'>> {
    const page = await this.listRounds.execute(input);
    return { ...page, items: page.items.map(toRoundDto) };
  }
}
