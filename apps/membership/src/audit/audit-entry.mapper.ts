import type { AuditEntryDto } from '@groundwork/contracts';
import type { AuditEntryRow } from './audit-entry.repository';

export function toAuditEntryDto(
  row: AuditEntryRow,
  words: Pick<AuditEntryDto, 'summary' | 'actorName' | 'record'>,
): AuditEntryDto {
  return { ...row, occurredAt: row.occurredAt.toISOString(), ...words };
}
