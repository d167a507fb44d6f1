import type { PersonMergeDto } from '@groundwork/contracts';
import type { PersonMergeRow } from './person-merges.repository';

export function toPersonMergeDto(row: PersonMergeRow): PersonMergeDto {
  return {
    id: row.id,
    keptPersonId: row.kept_person_id,
    mergedPersonId: row.merged_person_id,
    fieldsFromMerged: row.fields_from_merged,
    fieldsFilled: row.fields_filled,
    mergedBy: row.merged_by,
    mergedAt: row.merged_at.toISOString(),
  };
}
