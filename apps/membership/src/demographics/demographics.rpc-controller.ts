import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { toPersonDemographicsDto } from './demographics.mapper';
import { GetDemographicsUseCase } from './get-demographics.use-case';
import { RepresentationReportUseCase } from './representation-report.use-case';
import { SetDemographicsUseCase } from './set-demographics.use-case';

/** NATS adapter for self-described demographics and the representation report. */
@Injectable()
export class DemographicsRpcController {
  constructor(
    private readonly getDemographics: GetDemographicsUseCase,
    private readonly setDemographics: SetDemographicsUseCase,
    private readonly report: RepresentationReportUseCase,
  ) {}

  @RpcHandler('membership.demographics.get-many')
  async getMany(
    input: MembershipRequest<'membership.demographics.get-many'>,
  ): Promise<MembershipReply<'membership.demographics.get-many'>> {
    return (await this.getDemographics.execute(input.ids)).map(toPersonDemographicsDto);
  }

  @RpcHandler('membership.demographics.set')
  async set(
    input: MembershipRequest<'membership.demographics.set'>,
  ): Promise<MembershipReply<'membership.demographics.set'>> {
    return toPersonDemographicsDto(await this.setDemographics.execute(input));
  }

  @RpcHandler('membership.demographics.report')
  representationReport(): Promise<MembershipReply<'membership.demographics.report'>> {
    return this.report.execute();
  }
}
