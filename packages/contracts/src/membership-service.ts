import { streamFor } from './envelope';

/** The membership service's name, which prefixes its subjects, events and stream. */
export const MEMBERSHIP = 'membership';
export const MEMBERSHIP_STREAM = streamFor(MEMBERSHIP);
