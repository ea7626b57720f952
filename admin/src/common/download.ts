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
  const { blob, fileName } = await fetchFile(path, fallbackName, accept, init);
  saveBlob(blob, fileName);
}

/** GETs (or POSTs for) an API file with the bearer token: its bytes and the name the server gave it. */
export async function fetchFile(
  path: string,
  fallbackName: string,
  accept = 'application/pdf',
  init: { method?: 'GET' | 'POST'; body?: unknown } = {},
): Promise<{ blob: Blob; fileName: string }> {
  const response = await authFetch(`${API_URL}/${path.replace(/^\/(api\/)?/, '')}`, {
    method: init.method ?? 'GET',
    headers: init.body === undefined ? { Accept: accept } : { Accept: accept, 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { blob: await response.blob(), fileName: fileNameFrom(response, fallbackName) };
}

/**
 * Several PDFs as one, their pages in order (pdf-lib, loaded only when asked): a batch to print in one go. The copy
 * is for printing: each page keeps its document's number and verification code, while the digital signature of a
 * signed original stays in that original (downloaded on its own from the record).
 */
export async function mergePdfs(files: Blob[], title: string): Promise<Blob> {
  const { PDFDocument } = await import('pdf-lib');
  const out = await PDFDocument.create();
  out.setTitle(title);
  for (const file of files) {
    const doc = await PDFDocument.load(await file.arrayBuffer());
    for (const page of await out.copyPages(doc, doc.getPageIndices())) out.addPage(page);
  }
  return new Blob([(await out.save()) as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
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
