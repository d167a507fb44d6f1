import { Injectable } from '@nestjs/common';
import type { AuditEntryDto, Page } from '@groundwork/contracts';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { ListAuditLogUseCase } from './list-audit-log.use-case';

/** NATS adapter for reading the audit log. */
@Injectable()
export class AuditRpcController {
  constructor(private readonly listAuditLog: ListAuditLogUseCase) {}

  @RpcHandler('membership.audit.list')
  list(input: MembershipRequest<'membership.audit.list'>): Promise<Page<AuditEntryDto>> {
    return this.listAuditLog.execute(input);
  }
}
