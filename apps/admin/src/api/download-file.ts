import { createAuthenticatedFetch } from './auth-fetch';
import { sessionStore } from './session';

const authenticatedFetch = createAuthenticatedFetch(sessionStore);

/**
 * Saves a file the gateway serves only with the bearer token (CSV reports and exports), which a
 * plain link cannot send: it is fetched and handed to the browser as a file. Resolves to an error
 * message to show, or null when the download started. `what` names the file in that message.
 */
export async function downloadAuthenticatedFile(
  url: string,
  fileName: string,
  { accept = 'text/csv', what = 'The file' }: { accept?: string; what?: string } = {},
): Promise<string | null> {
  let response: Response;
  try {
    response = await authenticatedFetch(url, { headers: { Accept: accept } });
  } catch {
    return 'Could not reach Groundwork. Check your connection and try again.';
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
    return typeof body?.message === 'string'
      ? body.message
      : `${what} could not be downloaded (HTTP ${response.status}).`;
  }
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch {
    // The gateway cuts a streamed file that fails midway, so a short file is never saved as whole.
    return `${what} was cut off while downloading. Try again.`;
  }
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
  return null;
}
