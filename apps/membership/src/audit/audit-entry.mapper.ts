import type { AuditEntryDto } from '@groundwork/contracts';
import type { AuditEntryRow } from './audit-entry.repository';

export function toAuditEntryDto(row: AuditEntryRow): AuditEntryDto {
  return { ...row, occurredAt: row.occurredAt.toISOString() };
}
