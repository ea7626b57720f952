import { API_URL, authFetch } from '../session';
import type { IssuedDocument, RequestDocument } from '../api/types';

export function fileNameFrom(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (utf8) return decodeURIComponent(utf8[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}

/**
 * GETs an API file with the bearer token (a plain link cannot carry it) and hands the blob to the
 * browser as a download. `path` is relative to /api.
 */
export async function downloadFile(
  path: string,
  fallbackName: string,
  accept = 'application/pdf',
  init: { method?: 'GET' | 'POST'; body?: unknown } = {},
): Promise<void> {
  const response = await authFetch(`${API_URL}/${path.replace(/^\/(api\/)?/, '')}`, {
    method: init.method ?? 'GET',
    headers: init.body === undefined ? { Accept: accept } : { Accept: accept, 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  saveBlob(await response.blob(), fileNameFrom(response, fallbackName));
}

/** Hands a blob made or fetched in the page to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** An issued document, as POST …/documents/:kind answers it (from the generated schema). */
export type { IssuedDocument };
/** A document on a matter's list: a request's name their kind, an objection's do not. */
export type MatterDocument = IssuedDocument & { kind?: RequestDocument['kind'] };

/** POSTs an issue (a legal act that numbers a document) and answers the document record. */
export async function issueDocument(path: string): Promise<IssuedDocument> {
  const response = await authFetch(`${API_URL}/${path.replace(/^\/(api\/)?/, '')}`, { method: 'POST' });
  return (await response.json()) as IssuedDocument;
}

/** The documents issued for a request or an objection (newest first). */
export async function issuedDocuments(path: string): Promise<MatterDocument[]> {
  const response = await authFetch(`${API_URL}/${path.replace(/^\/(api\/)?/, '')}`);
  return (await response.json()) as MatterDocument[];
}
