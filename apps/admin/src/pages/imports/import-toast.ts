import { notifications } from '@mantine/notifications';
import type { ImportJobSummaryFieldsFragment } from '../../gql/graphql';
import { formatCount } from './import-format';

const toastId = (importId: string) => `import-${importId}`;

/** Imports started from this tab whose “Importing…” toast is still open. */
const open = new Set<string>();

/** A toast that stays while the import runs (see {@link closeImportToast}). */
export function openImportToast(importId: string, rows: number): void {
  open.add(importId);
  notifications.show({
    id: toastId(importId),
    loading: true,
    autoClose: false,
    withCloseButton: true,
    title: 'Import started',
    message: `Importing ${formatCount(rows)} rows…`,
  });
}

/** Once the import has ended, its toast says how and closes after a moment. */
export function closeImportToast(job: ImportJobSummaryFieldsFragment): void {
  if (!open.delete(job.id)) return;
  const { created, updated, rejected } = job.counts;
  notifications.update({
    id: toastId(job.id),
    loading: false,
    autoClose: 4_000,
    color: job.status === 'COMPLETED' ? 'green' : 'red',
    title: job.status === 'COMPLETED' ? 'Import finished' : 'Import failed',
    message:
      job.status === 'COMPLETED'
        ? `${formatCount(created)} created, ${formatCount(updated)} updated, ${formatCount(rejected)} rejected.`
        : 'Nothing more was imported; see the import for why.',
  });
}
