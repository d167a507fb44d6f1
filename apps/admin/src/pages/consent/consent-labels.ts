import type { ConsentChannel } from '../../gql/graphql';

export const CHANNEL_LABELS: Record<ConsentChannel, string> = {
  EMAIL: 'Email',
  SMS: 'SMS',
  PHONE: 'Phone calls',
  MAIL: 'Post',
};
