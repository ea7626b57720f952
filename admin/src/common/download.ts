import { API_URL, authFetch } from '../session';

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
export async function downloadFile(path: string, fallbackName: string, accept = 'application/pdf'): Promise<void> {
  const response = await authFetch(`${API_URL}/${path.replace(/^\//, '')}`, { headers: { Accept: accept } });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFrom(response, fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
