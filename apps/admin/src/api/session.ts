import { renewTokens } from './session-renewal';
import { SessionStore } from './session-store';

/** The browser's one session; every tab of this origin shares it through localStorage. */
export const sessionStore = new SessionStore(window.localStorage, renewTokens);
