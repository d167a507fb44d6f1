import { Injectable } from '@nestjs/common';
import type { OneOnOneDto, Page, WeeklyOneOnOnesDto } from '@groundwork/contracts';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { CountWeeklyOneOnOnesUseCase } from './count-weekly-one-on-ones.use-case';
import { GetOneOnOneUseCase } from './get-one-on-one.use-case';
import { ListOneOnOnesUseCase } from './list-one-on-ones.use-case';
import { toOneOnOneDto } from './one-on-one.mapper';
import { RecordOneOnOneUseCase } from './record-one-on-one.use-case';
import { UpdateOneOnOneUseCase } from './update-one-on-one.use-case';

/** NATS adapter for one-on-ones. */
@Injectable()
export class OneOnOnesRpcController {
  constructor(
    private readonly recordOneOnOne: RecordOneOnOneUseCase,
    private readonly updateOneOnOne: UpdateOneOnOneUseCase,
    private readonly getOneOnOne: GetOneOnOneUseCase,
    private readonly listOneOnOnes: ListOneOnOnesUseCase,
    private readonly weeklyOneOnOnes: CountWeeklyOneOnOnesUseCase,
  ) {}

  @RpcHandler('membership.one-on-one.record')
  async record(input: MembershipRequest<'membership.one-on-one.record'>): Promise<OneOnOneDto> {
    return toOneOnOneDto(await this.recordOneOnOne.execute(input));
  }

  @RpcHandler('membership.one-on-one.update')
  async update(input: MembershipRequest<'membership.one-on-one.update'>): Promise<OneOnOneDto> {
    return toOneOnOneDto(await this.updateOneOnOne.execute(input));
  }

  @RpcHandler('membership.one-on-one.get')
  async get(input: MembershipRequest<'membership.one-on-one.get'>): Promise<OneOnOneDto> {
    return toOneOnOneDto(await this.getOneOnOne.execute(input.id));
  }

  @RpcHandler('membership.one-on-one.list')
  async list(input: MembershipRequest<'membership.one-on-one.list'>): Promise<Page<OneOnOneDto>> {
    const page = await this.listOneOnOnes.execute(input);
    return { ...page, items: page.items.map(toOneOnOneDto) };
  }

  @RpcHandler('membership.one-on-one.weekly-counts')
  weeklyCounts(
    input: MembershipRequest<'membership.one-on-one.weekly-counts'>,
  ): Promise<WeeklyOneOnOnesDto[]> {
    return this.weeklyOneOnOnes.execute(input);
  }
}
