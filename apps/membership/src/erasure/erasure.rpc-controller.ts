import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { ErasePersonUseCase } from './erase-person.use-case';

/** NATS adapter for erasing a person. The request's confirmation is checked by its schema. */
@Injectable()
export class ErasureRpcController {
  constructor(private readonly erasePerson: ErasePersonUseCase) {}

  @RpcHandler('membership.person.erase')
  async erase(
    input: MembershipRequest<'membership.person.erase'>,
  ): Promise<MembershipReply<'membership.person.erase'>> {
    const erasure = await this.erasePerson.execute(input.personId);
    return {
      personId: erasure.person_id,
      erasedAt: erasure.erased_at.toISOString(),
      erasedBy: erasure.erased_by,
    };
  }
}
