import { enumValues } from '../../api/enum-values';
import type { ConsentChannel } from '../../gql/graphql';

/** The channels in the order screens offer them. */
export const CONSENT_CHANNELS = enumValues<ConsentChannel>()(['EMAIL', 'SMS', 'PHONE', 'MAIL']);

export const CHANNEL_LABELS: Record<ConsentChannel, string> = {
  EMAIL: 'Email',
  SMS: 'SMS',
  PHONE: 'Phone calls',
  MAIL: 'Post',
};
