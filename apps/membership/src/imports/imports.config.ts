import { loadConfig } from '@groundwork/service-kit';
import { z } from 'zod';

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const importsEnvSchema = z.object({
  /** Staged rows checked per transaction while validating. */
  IMPORT_VALIDATE_CHUNK_ROWS: positive(10_000),
  /** Rows written to people per transaction (and per `people.imported` event). */
  IMPORT_CHUNK_ROWS: positive(20_000),
  /** Rows a file may have. */
  IMPORT_MAX_ROWS: positive(2_000_000),
  /** How often an instance looks for imports another (stopped) instance left unfinished. */
  IMPORT_POLL_SECONDS: positive(5),
  /** How long a runner's claim on a job lasts without renewal (it renews after every chunk). */
  IMPORT_LEASE_SECONDS: positive(60),
  /** An upload with no new rows for this long is failed as interrupted. */
  IMPORT_UPLOAD_IDLE_SECONDS: positive(600),
});
export type ImportsConfig = z.infer<typeof importsEnvSchema>;

export const IMPORTS_CONFIG = Symbol('IMPORTS_CONFIG');

export const importsConfigProvider = {
  provide: IMPORTS_CONFIG,
  useFactory: (): ImportsConfig => loadConfig(importsEnvSchema),
};
