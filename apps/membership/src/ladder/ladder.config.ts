import { loadConfig } from '@groundwork/service-kit';
import { z } from 'zod';

const STREAM_NAME = /^[A-Z][A-Z0-9_]*$/;

const ladderEnvSchema = z.object({
  /**
   * Streams whose events ladder rules count, comma-separated, without namespace, e.g.
   * `CAMPAIGNS_EVENTS,LISTENING_EVENTS`. A stream that does not exist yet is waited for.
   */
  LADDER_EVENT_STREAMS: z
    .string()
    .default('CAMPAIGNS_EVENTS,LISTENING_EVENTS')
    .transform((value) => [
      ...new Set(
        value
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name !== ''),
      ),
    ])
    .pipe(z.array(z.string().regex(STREAM_NAME, 'must be stream names like CAMPAIGNS_EVENTS'))),
});

export type LadderConfig = z.infer<typeof ladderEnvSchema>;
export const LADDER_CONFIG = Symbol('LADDER_CONFIG');
export const loadLadderConfig = (): LadderConfig => loadConfig(ladderEnvSchema);
