import { SegmentFilter, type SegmentDto } from '@groundwork/contracts';
import { SegmentErrors } from './segment.errors';

export interface SegmentRow {
  id: string;
  name: string;
  description: string;
  filter: unknown;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export function toSegmentDto(row: SegmentRow): SegmentDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    filter: storedFilter(row),
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Filters are validated before they are stored; reading one back re-checks it all the same. */
export function storedFilter(row: Pick<SegmentRow, 'id' | 'filter'>): SegmentFilter {
  const parsed = SegmentFilter.safeParse(row.filter);
  if (!parsed.success) throw SegmentErrors.storedFilterInvalid(row.id);
  return parsed.data;
}
