import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { ListeningReply, ListeningRequest } from '../listening-rpc';
import { toCodingDto } from './coding.mapper';
import { ListCodingsUseCase } from './list-codings.use-case';
import { MeasureAgreementUseCase } from './measure-agreement.use-case';
import { SetCodingUseCase } from './set-coding.use-case';

/** NATS adapter for coding: requests arrive validated, replies leave as DTOs. */
@Injectable()
export class CodingsRpcController {
  constructor(
    private readonly setCoding: SetCodingUseCase,
    private readonly listCodings: ListCodingsUseCase,
    private readonly measureAgreement: MeasureAgreementUseCase,
  ) {}

  @RpcHandler('listening.coding.set')
  async set(
    input: ListeningRequest<'listening.coding.set'>,
  ): Promise<ListeningReply<'listening.coding.set'>> {
    return (await this.setCoding.execute(input)).map(toCodingDto);
  }

  @RpcHandler('listening.coding.list-by-concerns')
  async listByConcerns(
    input: ListeningRequest<'listening.coding.list-by-concerns'>,
  ): Promise<ListeningReply<'listening.coding.list-by-concerns'>> {
    return (await this.listCodings.execute(input.concernIds)).map(toCodingDto);
  }

  @RpcHandler('listening.coding.agreement')
  agreement(
    input: ListeningRequest<'listening.coding.agreement'>,
  ): Promise<ListeningReply<'listening.coding.agreement'>> {
    return this.measureAgreement.execute(input);
  }
}
