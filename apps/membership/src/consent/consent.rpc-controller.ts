import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { GetCurrentConsentsUseCase } from './get-current-consents.use-case';
import { ListConsentHistoryUseCase } from './list-consent-history.use-case';
import { RecordConsentUseCase } from './record-consent.use-case';

/** NATS adapter for consent. */
@Injectable()
export class ConsentRpcController {
  constructor(
    private readonly recordConsent: RecordConsentUseCase,
    private readonly getCurrent: GetCurrentConsentsUseCase,
    private readonly listHistory: ListConsentHistoryUseCase,
  ) {}

  @RpcHandler('membership.consent.record')
  record(
    input: MembershipRequest<'membership.consent.record'>,
  ): Promise<MembershipReply<'membership.consent.record'>> {
    return this.recordConsent.execute(input);
  }

  @RpcHandler('membership.consent.current.get-many')
  current(
    input: MembershipRequest<'membership.consent.current.get-many'>,
  ): Promise<MembershipReply<'membership.consent.current.get-many'>> {
    return this.getCurrent.execute(input.ids);
  }

  @RpcHandler('membership.consent.history.list')
  history(
    input: MembershipRequest<'membership.consent.history.list'>,
  ): Promise<MembershipReply<'membership.consent.history.list'>> {
    return this.listHistory.execute(input);
  }
}
