import { HttpStatus } from '@nestjs/common';
import { resolveChromiumPath } from '@lentera/reports';
import { AppError } from '../common/errors';
import { msg } from '../common/i18n';
import { AppConfig } from './config';

/** The one command that enables PDFs on Debian/Ubuntu (the fonts are the ones the documents are laid out with). */
export const ENABLE_PDF_COMMAND = 'sudo apt-get install -y chromium fonts-liberation';

/**
 * Why this server cannot render PDFs itself, or null when it can (Chromium found) or does not need to (REDIS_URL:
 * render workers do it). Cheap (a file-exists check), so it is asked on every render: installing Chromium while the
 * server runs enables PDFs without a restart.
 */
export function chromiumProblem(config: AppConfig): string | null {
  if (config.render.mode === 'queue') return null;
  try {
    resolveChromiumPath(config.chromiumPath);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** The start-up notice, said once: what is missing and the command that fixes it. */
export function pdfStartupNotice(problem: string): string {
  return [
    'PDF nonaktif: Chromium tidak ditemukan; server tetap berjalan, rute PDF menjawab 503.',
    'PDFs disabled: Chromium not found; the server runs, PDF routes answer 503.',
    `  (${problem})`,
    `  Aktifkan / enable: ${ENABLE_PDF_COMMAND}   — atau / or CHROMIUM_PATH=/path/to/chromium`,
  ].join('\n');
}

/** What a PDF route answers when Chromium is missing: 503, saying what to do. */
export function pdfUnavailable(): AppError {
  return new AppError(
    HttpStatus.SERVICE_UNAVAILABLE,
    msg(
      `PDF tidak dapat dibuat: Chromium belum terpasang di server. Administrator dapat memasangnya dengan \`${ENABLE_PDF_COMMAND}\` (atau mengatur CHROMIUM_PATH).`,
      `The PDF cannot be made: Chromium is not installed on the server. An administrator can install it with \`${ENABLE_PDF_COMMAND}\` (or set CHROMIUM_PATH).`,
    ),
  );
}
