import { streamFor } from './envelope';

/** The listening service's name, which prefixes its subjects, events and stream (LISTENING_EVENTS). */
export const LISTENING = 'listening';
export const LISTENING_STREAM = streamFor(LISTENING);
