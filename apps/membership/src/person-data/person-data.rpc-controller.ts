import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { GetPersonDataUseCase } from './get-person-data.use-case';

/** NATS adapter for a person's complete data. */
@Injectable()
export class PersonDataRpcController {
  constructor(private readonly getPersonData: GetPersonDataUseCase) {}

  @RpcHandler('membership.person.data.get')
  get(
    input: MembershipRequest<'membership.person.data.get'>,
  ): Promise<MembershipReply<'membership.person.data.get'>> {
    return this.getPersonData.execute(input.personId);
  }
}
