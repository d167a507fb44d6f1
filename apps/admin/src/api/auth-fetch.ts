import type { SessionStore } from './session-store';

/**
 * The client's auth layer, at the fetch level so it sees every request and response:
 * adds `Authorization: Bearer`, renews the session shortly before the access token expires,
 * and after an UNAUTHENTICATED answer renews once and retries; if that fails too, the session ends.
 */
export function createAuthenticatedFetch(session: SessionStore): typeof fetch {
  return async (input, init) => {
    const accessToken = await session.accessToken();
    if (!accessToken) return fetch(input, init);

    const response = await fetch(input, withBearer(init, accessToken));
    if (!(await isUnauthenticated(response))) return response;

    const renewedAccessToken = await session.renewAfterRejection(accessToken);
    if (!renewedAccessToken) return response;

    const retried = await fetch(input, withBearer(init, renewedAccessToken));
    if (await isUnauthenticated(retried)) session.end('expired');
    return retried;
  };
}

function withBearer(init: RequestInit | undefined, accessToken: string): RequestInit {
  const headers = new Headers(init?.headers);
  headers.set('Authorization', `Bearer ${accessToken}`);
  return { ...init, headers };
}

async function isUnauthenticated(response: Response): Promise<boolean> {
  if (response.status === 401) return true;
  try {
    const body: unknown = await response.clone().json();
    return hasUnauthenticatedError(body);
  } catch {
    return false;
  }
}

function hasUnauthenticatedError(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) {
    return false;
  }
  return body.errors.some(
    (error: unknown) =>
      typeof error === 'object' &&
      error !== null &&
      'extensions' in error &&
      typeof error.extensions === 'object' &&
      error.extensions !== null &&
      'code' in error.extensions &&
      error.extensions.code === 'UNAUTHENTICATED',
  );
}
