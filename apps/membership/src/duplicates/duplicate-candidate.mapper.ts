import type { DuplicateCandidateDto } from '@groundwork/contracts';
import type { DuplicateCandidateRow } from './duplicate-candidate.repository';

export function toDuplicateCandidateDto(row: DuplicateCandidateRow): DuplicateCandidateDto {
  return {
    id: row.id,
    firstPersonId: row.first_person_id,
    secondPersonId: row.second_person_id,
    reasons: row.reasons,
    score: row.score,
    nameSimilarity: row.name_similarity,
    status: row.status,
    detectedAt: row.detected_at.toISOString(),
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    resolvedBy: row.resolved_by,
  };
}
