import { z } from 'zod';

/** The migration owner's connection, for the commands that change the schema or empty projections. */
export const ownerDatabaseEnvSchema = z.object({
  OWNER_DATABASE_URL: z.string().url('must be a postgres:// URL'),
});
