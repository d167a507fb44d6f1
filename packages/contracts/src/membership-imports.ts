import { z } from 'zod';
import { event } from './envelope';
import { isoDateTime, pageOf, pageRequest, plainText, tagList, uuid } from './fields';
import { MEMBERSHIP } from './membership-service';
import { rpc } from './rpc';

// Imports: a CSV uploaded through the gateway (which parses it as it streams in and sends batches of
// rows), staged in Postgres, previewed with a suggested mapping, then imported in chunks by a
// background job that survives restarts; undoable for 24 hours.

// ---- limits ------------------------------------------------------------------------------------

export const IMPORT_LIMITS = {
  /** Columns in a file. */
  maxColumns: 500,
  /** Characters in one column name. */
  maxColumnName: 200,
  /** Characters in one cell; a longer one is a bad row, not a stored one. */
  maxCell: 10_000,
  /** Rows in one append batch; the gateway also keeps a batch under NATS' payload limit. */
  maxBatchRows: 5_000,
  /** Rows shown in a preview. */
  maxPreviewRows: 50,
  /** Rejected rows read per page of the report. */
  maxRejectedPage: 2_000,
  /** Hours after it finished during which an import can be undone. */
  undoHours: 24,
} as const;

// ---- shapes ------------------------------------------------------------------------------------

export const ImportStatus = z.enum([
  /** Rows are arriving. */
  'UPLOADING',
  /** Staged and waiting for `startImport` (after a `checkImport`, with its summary in `check`). */
  'UPLOADED',
  /** Checking every row against a mapping for the preview (`checkImport`); nothing is written. */
  'CHECKING',
  /** Checking every row against the mapping; nothing written to people yet. */
  'VALIDATING',
  'IMPORTING',
  'COMPLETED',
  /** Nothing (or, after a mid-import failure, only whole committed chunks) was imported; see errors. */
  'FAILED',
  'UNDOING',
  'UNDONE',
]);
export type ImportStatus = z.infer<typeof ImportStatus>;

export const ImportMatchOn = z.enum(['EMAIL', 'PHONE', 'EXTERNAL_ID']);
export type ImportMatchOn = z.infer<typeof ImportMatchOn>;

export const ImportOnMatch = z.enum(['SKIP', 'FILL_EMPTY', 'OVERWRITE']);
export type ImportOnMatch = z.infer<typeof ImportOnMatch>;

export const ImportDelimiter = z.enum([',', ';', '\t', '|']);
export type ImportDelimiter = z.infer<typeof ImportDelimiter>;

/** Why a file (not a row) was refused; the gateway answers 400 with it as `reason`. */
export const ImportFileProblem = z.enum([
  'EMPTY_FILE',
  'NOT_UTF8',
  'NO_DELIMITER',
  'HEADER_ONLY',
  'TOO_MANY_COLUMNS',
  'DUPLICATE_COLUMNS',
  'LINE_TOO_LONG',
  'MALFORMED_CSV',
  'TOO_MANY_ROWS',
  'FILE_TOO_LARGE',
  'UPLOAD_INTERRUPTED',
]);
export type ImportFileProblem = z.infer<typeof ImportFileProblem>;

const columnName = () => z.string().min(1).max(IMPORT_LIMITS.maxColumnName);
const fieldKey = () =>
  z
    .string()
    .trim()
    .regex(/^[a-zA-Z][a-zA-Z0-9]{0,49}$/, 'must be a field key like firstName');

export const ImportColumnMapping = z.object({ column: columnName(), field: fieldKey() });
export type ImportColumnMapping = z.infer<typeof ImportColumnMapping>;

export const ImportErrorDto = z.object({
  reason: z.string(),
  message: z.string(),
  line: z.number().int().nullable(),
});
export type ImportErrorDto = z.infer<typeof ImportErrorDto>;

export const ImportProgressDto = z.object({
  /** The step under way: VALIDATING checks rows, IMPORTING writes people, UNDOING reverts. */
  phase: z.string().nullable(),
  rowsDone: z.number().int(),
  rowsTotal: z.number().int(),
  rowsPerSecond: z.number().nullable(),
  secondsLeft: z.number().nullable(),
});

export const ImportCountsDto = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  /** Matched people left as they were (SKIP, or nothing to fill). */
  unchanged: z.number().int(),
  rejected: z.number().int(),
  /** Rows that repeat a person of an earlier row (same match key), merged into that row. */
  merged: z.number().int(),
});

/**
 * Why a row cannot be imported, as a code to count rows by: `INVALID_<FIELD>` (e.g. INVALID_EMAIL)
 * for a value its field refuses, else one of these.
 */
export const ImportRowReason = {
  /** The row could not be read as the header says (ragged, bytes that are not UTF-8). */
  MALFORMED_ROW: 'MALFORMED_ROW',
  /** A new person needs a first and a last name. */
  MISSING_NAME: 'MISSING_NAME',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  EXTERNAL_ID_TAKEN: 'EXTERNAL_ID_TAKEN',
  /** The email (or external id) of another person of the file, told apart by the match key. */
  EMAIL_REPEATED: 'EMAIL_REPEATED',
  EXTERNAL_ID_REPEATED: 'EXTERNAL_ID_REPEATED',
} as const;

export const ImportReasonCountDto = z.object({
  reason: z.string(),
  rows: z.number().int(),
  /** The first rejected row for this reason: its file line and what is wrong with it. */
  firstLine: z.number().int(),
  firstMessage: z.string(),
});
export type ImportReasonCountDto = z.infer<typeof ImportReasonCountDto>;

/** Every row checked against a mapping and options, before anything is written. */
export const ImportCheckDto = z.object({
  mapping: z.array(ImportColumnMapping),
  matchOn: ImportMatchOn,
  onMatch: ImportOnMatch,
  /** People the import would create or match: rows that are good, repeats of one person counted once. */
  people: z.number().int(),
  /** Rows merged into an earlier row of the same person. */
  merged: z.number().int(),
  rejected: z.number().int(),
  /** Rejected rows counted by reason, most frequent first. */
  reasons: z.array(ImportReasonCountDto),
  checkedAt: isoDateTime(),
});
export type ImportCheckDto = z.infer<typeof ImportCheckDto>;

export const ImportJobDto = z.object({
  id: uuid(),
  status: ImportStatus,
  fileName: z.string().nullable(),
  delimiter: z.string().nullable(),
  columns: z.array(z.string()),
  rowCount: z.number().int(),
  byteCount: z.number().int(),
  suggestedMapping: z.array(z.object({ column: z.string(), field: z.string().nullable() })),
  mapping: z.array(ImportColumnMapping).nullable(),
  matchOn: ImportMatchOn.nullable(),
  onMatch: ImportOnMatch.nullable(),
  tags: z.array(z.string()),
  skipBadRows: z.boolean(),
  /** The last whole-file check (`checkImport`, or the start's own validation); null before one. */
  check: ImportCheckDto.nullable(),
  /** The import whose staged rows this one reuses (`retryImport`). */
  retryOf: uuid().nullable(),
  progress: ImportProgressDto,
  counts: ImportCountsDto,
  errors: z.array(ImportErrorDto),
  createdBy: z.string().nullable(),
  createdAt: isoDateTime(),
  startedAt: isoDateTime().nullable(),
  finishedAt: isoDateTime().nullable(),
  undoableUntil: isoDateTime().nullable(),
  undoneAt: isoDateTime().nullable(),
});
export type ImportJobDto = z.infer<typeof ImportJobDto>;

export const ImportFieldDto = z.object({
  key: z.string(),
  label: z.string(),
  /** Needed to create a person (a matched person may be updated without it). */
  requiredToCreate: z.boolean(),
  /** Can be used in `matchOn`. */
  matchable: z.boolean(),
});
export type ImportFieldDto = z.infer<typeof ImportFieldDto>;

export const ImportPreviewRowDto = z.object({
  rowNumber: z.number().int(),
  line: z.number().int(),
  values: z.array(z.object({ field: z.string(), value: z.string().nullable() })),
  errors: z.array(z.object({ field: z.string().nullable(), message: z.string() })),
});
export type ImportPreviewRowDto = z.infer<typeof ImportPreviewRowDto>;

export const ImportRejectedRowDto = z.object({
  /** The paging key (`afterRow`); people read `line`. */
  rowNumber: z.number().int(),
  /** The file line the row starts on, the header being line 1: how rows are named everywhere. */
  line: z.number().int(),
  /** A code from {@link ImportRowReason} or `INVALID_<FIELD>`. */
  reasonCode: z.string(),
  reason: z.string(),
  cells: z.array(z.string()),
});
export type ImportRejectedRowDto = z.infer<typeof ImportRejectedRowDto>;

const stagedRow = z.object({
  rowNumber: z.number().int().min(1),
  /** The file line the row starts on (1 is the header). */
  line: z.number().int().min(2),
  cells: z.array(z.string().max(IMPORT_LIMITS.maxCell)).max(IMPORT_LIMITS.maxColumns + 1),
  /** A problem found while parsing (ragged row, bytes that are not UTF-8); the row is kept for the report. */
  problem: z.string().max(300).nullable(),
});
export type StagedImportRow = z.infer<typeof stagedRow>;

// ---- request-reply subjects ------------------------------------------------------------------------

export const importsRpc = {
  /** The gateway has read the header: a job in UPLOADING with these columns. */
  'membership.import.begin-upload': rpc({
    tenant: true,
    request: z.object({
      fileName: plainText(200).nullable(),
      delimiter: ImportDelimiter,
      columns: z.array(columnName()).min(1).max(IMPORT_LIMITS.maxColumns),
    }),
    reply: ImportJobDto,
  }),
  /** One batch of parsed rows, appended to the staging area with COPY. Re-sending a batch is harmless. */
  'membership.import.append-rows': rpc({
    tenant: true,
    request: z.object({
      importId: uuid(),
      rows: z.array(stagedRow).min(1).max(IMPORT_LIMITS.maxBatchRows),
    }),
    reply: z.object({ rowsStored: z.number().int() }),
  }),
  /** The body ended (`failure: null`) or the file was refused, in which case the staged rows go. */
  'membership.import.finish-upload': rpc({
    tenant: true,
    request: z.object({
      importId: uuid(),
      rowCount: z.number().int().min(0),
      byteCount: z.number().int().min(0),
      failure: z
        .object({
          reason: ImportFileProblem,
          message: z.string().max(500),
          line: z.number().int().nullable(),
        })
        .nullable(),
    }),
    reply: ImportJobDto,
  }),
  'membership.import.get': rpc({
    tenant: true,
    request: z.object({ id: uuid() }),
    reply: ImportJobDto.nullable(),
  }),
  'membership.import.list': rpc({
    tenant: true,
    request: z.object(pageRequest),
    reply: pageOf(ImportJobDto),
  }),
  'membership.import.fields': rpc({
    tenant: true,
    request: z.object({}),
    reply: z.array(ImportFieldDto),
  }),
  /** The first rows as they would be stored with `mapping` (default: the job's, else the suggested one). */
  'membership.import.preview': rpc({
    tenant: true,
    request: z.object({
      id: uuid(),
      mapping: z.array(ImportColumnMapping).max(IMPORT_LIMITS.maxColumns).optional(),
      first: z
        .number()
        .int()
        .min(1, 'must be at least 1')
        .max(IMPORT_LIMITS.maxPreviewRows, `must be at most ${IMPORT_LIMITS.maxPreviewRows}`)
        .default(10),
    }),
    reply: z.array(ImportPreviewRowDto),
  }),
  'membership.import.start': rpc({
    tenant: true,
    request: z.object({
      importId: uuid(),
      mapping: z
        .array(ImportColumnMapping)
        .min(1, 'must map at least one column')
        .max(IMPORT_LIMITS.maxColumns),
      matchOn: ImportMatchOn,
      onMatch: ImportOnMatch,
      tags: tagList().default([]),
      /** Import the good rows and report the rest (the default), or import nothing when a row is bad. */
      skipBadRows: z.boolean().default(true),
    }),
    reply: ImportJobDto,
  }),
  /**
   * Checks every row of an uploaded file against a mapping and options in the background (status
   * CHECKING, then UPLOADED with `check`); nothing is written to people. Starting with the same
   * mapping and options then skips checking again.
   */
  'membership.import.check': rpc({
    tenant: true,
    request: z.object({
      importId: uuid(),
      mapping: z
        .array(ImportColumnMapping)
        .min(1, 'must map at least one column')
        .max(IMPORT_LIMITS.maxColumns),
      matchOn: ImportMatchOn,
      onMatch: ImportOnMatch,
    }),
    reply: ImportJobDto,
  }),
  /**
   * A new import of the same staged rows (no upload), UPLOADED with the earlier mapping and options
   * to change: for an import that failed, completed or was undone.
   */
  'membership.import.retry': rpc({
    tenant: true,
    request: z.object({ id: uuid() }),
    reply: ImportJobDto,
  }),
  'membership.import.undo': rpc({
    tenant: true,
    request: z.object({ id: uuid() }),
    reply: ImportJobDto,
  }),
  /** One page of the rejected-rows report, in row order. */
  'membership.import.rejected-rows': rpc({
    tenant: true,
    request: z.object({
      id: uuid(),
      afterRow: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(IMPORT_LIMITS.maxRejectedPage).default(500),
    }),
    reply: z.object({
      columns: z.array(z.string()),
      rows: z.array(ImportRejectedRowDto),
      /** Pass as `afterRow` for the next page; null when this was the last. */
      nextAfterRow: z.number().int().nullable(),
    }),
  }),
} as const;

// ---- events ---------------------------------------------------------------------------------------
// One per committed chunk, not per row: counts and the import's id, no personal data.

export const importEvents = {
  peopleImported: event(
    MEMBERSHIP,
    'people.imported',
    1,
    z.object({
      importId: uuid(),
      chunk: z.number().int().min(1),
      firstRow: z.number().int(),
      lastRow: z.number().int(),
      created: z.number().int(),
      updated: z.number().int(),
    }),
  ),
  /**
   * The import has written its last chunk: what it did in all. The hook for work that follows an
   * import (finding duplicates among the people it created or changed: `import_chunks.created_ids`
   * and `import_changes.person_id` of `importId`).
   */
  importCompleted: event(
    MEMBERSHIP,
    'people.import-completed',
    1,
    z.object({
      importId: uuid(),
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      merged: z.number().int(),
      rejected: z.number().int(),
      completedAt: isoDateTime(),
    }),
  ),
  importUndone: event(
    MEMBERSHIP,
    'people.import-undone',
    1,
    z.object({
      importId: uuid(),
      removed: z.number().int(),
      restored: z.number().int(),
      undoneAt: isoDateTime(),
    }),
  ),
} as const;
