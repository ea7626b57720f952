import { httpClient } from '../dataProvider';
import { API_URL, authFetch } from '../session';

/** POST/PUT/PATCH JSON to the API (bearer token, Accept-Language, the server's error shape as HttpError). */
export async function sendJson<T = unknown>(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown): Promise<T> {
  const { json } = await httpClient(`${API_URL}/${path.replace(/^\//, '')}`, {
    method,
    body: JSON.stringify(body ?? {}),
  });
  return json as T;
}

export async function getJson<T = unknown>(path: string): Promise<T> {
  const { json } = await httpClient(`${API_URL}/${path.replace(/^\//, '')}`);
  return json as T;
}

/** Multipart upload of one file in field `file` (plus text fields); the browser sets the boundary. */
export async function uploadFile<T = unknown>(
  path: string,
  file: File,
  fields: Record<string, string> = {},
  method: 'POST' | 'PUT' = 'POST',
): Promise<T> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', file);
  const response = await authFetch(`${API_URL}/${path.replace(/^\//, '')}`, { method, body: form });
  return (await response.json()) as T;
}

/** The server's field errors carried by an HttpError (keys like "requester.nik"), if any. */
export function fieldErrorsOf(error: unknown): Record<string, string> | undefined {
  const errors = (error as { body?: { errors?: unknown } })?.body?.errors;
  return errors && typeof errors === 'object' ? (errors as Record<string, string>) : undefined;
}
