import { ListeningIdempotencyKeys1796632388200 } from './1796632388200-idempotency-keys';
import { ListeningPrioritization1796632388125 } from './1796632388125-prioritization';

/** Every listening migration, oldest first. */
export const migrations = [ListeningPrioritization1796632388125, ListeningIdempotencyKeys1796632388200];
