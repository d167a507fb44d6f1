import { downloadAuthenticatedFile } from '../../api/download-file';

/**
 * Saves an import's rejected rows report. It needs the bearer token, which a plain link cannot send,
 * so it is fetched and handed to the browser as a file. Resolves to an error message, or null.
 */
export function downloadRejectedRows(url: string, fileName: string): Promise<string | null> {
  return downloadAuthenticatedFile(url, fileName, { what: 'The report' });
}
