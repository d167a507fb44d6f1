import { ListeningItems1796632388125 } from './1796632388125-listening-items';

/** Every listening migration, oldest first. */
export const migrations = [ListeningItems1796632388125];
