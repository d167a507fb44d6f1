import { IMPORT_LIMITS } from '@groundwork/contracts';
import { loadConfig } from '@groundwork/service-kit/client';
import { z } from 'zod';

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const importsEnvSchema = z.object({
  /** Bytes an uploaded CSV may have; a larger body is refused with 413. */
  IMPORT_MAX_BYTES: positive(512 * 1024 * 1024),
  /** Rows a file may have (membership enforces the same limit). */
  IMPORT_MAX_ROWS: positive(2_000_000),
  /** Characters in one CSV record; a longer line is refused as soon as it is seen. */
  IMPORT_MAX_RECORD_CHARS: positive(128 * 1024),
});

export type GatewayImportsConfig = z.infer<typeof importsEnvSchema> & { maxColumns: number };

export const GATEWAY_IMPORTS_CONFIG = Symbol('GATEWAY_IMPORTS_CONFIG');

export const gatewayImportsConfigProvider = {
  provide: GATEWAY_IMPORTS_CONFIG,
  useFactory: (): GatewayImportsConfig => ({
    ...loadConfig(importsEnvSchema),
    maxColumns: IMPORT_LIMITS.maxColumns,
  }),
};
