import type { SessionStore } from '../../api/session-store';

export const IMPORT_UPLOAD_URL = '/api/imports';

export interface UploadProgress {
  sentBytes: number;
  totalBytes: number;
}

/** What the gateway said about the file: the new import's id, or why it refused the file. */
export type UploadOutcome =
  | { ok: true; importId: string; rowCount: number; delimiter: string | null }
  | { ok: false; refusal: UploadRefusal };

export interface UploadRefusal {
  /** The HTTP status, 0 when the gateway could not be reached. */
  status: number;
  /** BAD_USER_INPUT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, FORBIDDEN… */
  code: string;
  /** Why the file was refused (EMPTY_FILE, NOT_UTF8, HEADER_ONLY…), when the file is at fault. */
  reason: string | null;
  message: string;
  line: number | null;
}

interface RawAnswer {
  status: number;
  body: Record<string, unknown> | null;
}

/**
 * Sends `file` as the body of `POST /api/imports` with the session's bearer token, reporting upload
 * progress (which fetch cannot). Like the GraphQL client's fetch: after a 401 it renews the session
 * once and sends again; a second 401 ends the session.
 */
export async function uploadCsv(
  session: SessionStore,
  file: File,
  onProgress: (progress: UploadProgress) => void,
  signal: AbortSignal,
): Promise<UploadOutcome> {
  const accessToken = await session.accessToken();
  if (!accessToken) return refused({ status: 401, body: null });

  let answer = await send(file, accessToken, onProgress, signal);
  if (answer.status === 401) {
    const renewed = await session.renewAfterRejection(accessToken);
    if (!renewed) return refused(answer);
    answer = await send(file, renewed, onProgress, signal);
    if (answer.status === 401) session.end('expired');
  }
  const importId = answer.body?.importId;
  if (answer.status === 201 && typeof importId === 'string') {
    return {
      ok: true,
      importId,
      rowCount: typeof answer.body?.rowCount === 'number' ? answer.body.rowCount : 0,
      delimiter: typeof answer.body?.delimiter === 'string' ? answer.body.delimiter : null,
    };
  }
  return refused(answer);
}

function send(
  file: File,
  accessToken: string,
  onProgress: (progress: UploadProgress) => void,
  signal: AbortSignal,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', IMPORT_UPLOAD_URL);
    request.setRequestHeader('Authorization', `Bearer ${accessToken}`);
    request.setRequestHeader('Content-Type', 'text/csv');
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    request.responseType = 'text';
    request.upload.onprogress = (event) => {
      onProgress({ sentBytes: event.loaded, totalBytes: event.lengthComputable ? event.total : file.size });
    };
    request.onload = () => resolve({ status: request.status, body: parseJson(request.responseText) });
    // The gateway may answer a refused file before reading all of it and close the connection;
    // browsers then report a network error, with no status, while the body is still being sent.
    request.onerror = () => resolve({ status: 0, body: null });
    request.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    signal.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function refused({ status, body }: RawAnswer): UploadOutcome {
  const text = (key: string) => (typeof body?.[key] === 'string' ? body[key] : null);
  return {
    ok: false,
    refusal: {
      status,
      code: text('code') ?? (status === 0 ? 'NETWORK' : status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL'),
      reason: text('reason'),
      message: text('message') ?? defaultMessage(status),
      line: typeof body?.line === 'number' ? body.line : null,
    },
  };
}

function defaultMessage(status: number): string {
  if (status === 0) return 'Could not reach Groundwork, or it closed the connection while the file was sent.';
  if (status === 401) return 'Your session has ended. Please log in again.';
  if (status === 413) return 'The file is too large.';
  return 'Something went wrong on our side. Please try again.';
}
