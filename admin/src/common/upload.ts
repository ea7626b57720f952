/** The server's upload rule (attachments/file-type.ts): PDF, JPEG or PNG, at most 5 MB; it checks the bytes too. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const UPLOAD_ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

const TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const EXTENSIONS = /\.(pdf|jpe?g|png)$/i;

/** An i18n key saying why the file cannot be sent, or null when it may go. */
export function uploadProblem(file: { name: string; size: number; type: string } | null | undefined): string | null {
  if (!file) return 'lentera.upload.required';
  if (file.size > MAX_UPLOAD_BYTES) return 'lentera.upload.too_large';
  if (file.size === 0) return 'lentera.upload.required';
  if (!(TYPES.includes(file.type) || (!file.type && EXTENSIONS.test(file.name)))) return 'lentera.upload.wrong_type';
  return null;
}

export function formatBytes(size: number, locale: string): string {
  const nf = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 });
  if (size < 1024) return `${nf.format(size)} B`;
  if (size < 1024 * 1024) return `${nf.format(size / 1024)} KB`;
  return `${nf.format(size / 1024 / 1024)} MB`;
}
