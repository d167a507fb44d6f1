import { Module } from '@nestjs/common';
import { AuditEntryRepository } from './audit-entry.repository';
import { AuditNamesRepository } from './audit-names.repository';
import { AuditRpcController } from './audit.rpc-controller';
import { ListAuditLogUseCase } from './list-audit-log.use-case';

/** Who changed what in membership, and when; written by the database from the outbox. */
@Module({ providers: [AuditEntryRepository, AuditNamesRepository, ListAuditLogUseCase, AuditRpcController] })
export class AuditModule {}
