import type { ConsentChannel, SegmentFilterInput } from '../../gql/graphql';
import { SEGMENT_STATUSES } from './segment-filter';

/** Columns ticked when the export opens: enough to reach someone. */
export const DEFAULT_EXPORT_COLUMNS = ['first_name', 'last_name', 'email'];

/** The segment's download address with the columns (in catalogue order) and the optional channel. */
export function exportDownloadUrl(
  exportUrl: string,
  columns: string[],
  channel: ConsentChannel | null,
): string {
  const query = new URLSearchParams({ columns: columns.join(',') });
  if (channel) query.set('channel', channel);
  return `${exportUrl}?${query.toString()}`;
}

/** A file name from the segment's name: letters, digits and dashes. */
export function exportFileName(segmentName: string): string {
  const slug = segmentName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'segment'}.csv`;
}

/**
 * The filter whose count is the number of rows the export will have: exports never include people
 * marked DO_NOT_CONTACT (a channel also leaves out those without consent, which the count's channel does).
 */
export function exportedPeopleFilter(filter: SegmentFilterInput): SegmentFilterInput | null {
  const statuses = (filter.statuses ?? SEGMENT_STATUSES).filter((status) => status !== 'DO_NOT_CONTACT');
  return statuses.length === 0 ? null : { ...filter, statuses };
}
