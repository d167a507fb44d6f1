import { ListeningIdempotencyKeys1796632388200 } from './1796632388200-idempotency-keys';
import { ListeningPrioritization1796632388125 } from './1796632388125-prioritization';
import { ListeningConversationsAndThemes1796700000000 } from './1796700000000-conversations-and-themes';
import { ListeningCampaigns1796700000100 } from './1796700000100-listening-campaigns';

/** Every listening migration, oldest first. */
export const migrations = [
  ListeningPrioritization1796632388125,
  ListeningIdempotencyKeys1796632388200,
  ListeningConversationsAndThemes1796700000000,
  ListeningCampaigns1796700000100,
];
