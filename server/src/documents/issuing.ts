import { HttpStatus } from '@nestjs/common';
import { AuthUser } from '../common/auth-user';
import { AppError, Errors } from '../common/errors';
import { Msg, msg } from '../common/i18n';
import { Permission } from '../common/permissions';
import { isIsoDate } from '../calendar/working-days';

/** The longest period one register may cover (a leap year). */
export const REGISTER_MAX_DAYS = 366;

/**
 * Issuing a register or list (a numbered document) is done for one's own office only: a parent office reads its
 * children's registers as DRAF previews but does not number documents in their name.
 */
export function requireOwnOffice(actor: AuthUser, officeId: number): void {
  if (officeId !== actor.officeId)
    throw Errors.forbidden(
      msg(
        'Dokumen bernomor hanya dapat diterbitkan oleh kantor pemiliknya; kantor induk dapat melihat pratinjau DRAF',
        'A numbered document is issued only by the office it belongs to; a parent office may open the DRAF preview',
      ),
    );
}

/** A file name safe for Content-Disposition: "tanda-bukti-001_TBP_KPU-LBK_XI_2026.pdf". */
export function pdfFileName(prefix: string, number: string): string {
  return `${prefix}-${number.replace(/[^A-Za-z0-9-]+/g, '_')}.pdf`;
}

/** 404 for a document that exists only once issued, naming how to issue it or preview it. */
export function notIssued(what: Msg, issuePath: string, permission: Permission, readPath: string): AppError {
  return new AppError(
    HttpStatus.NOT_FOUND,
    msg(
      `${what.id} belum diterbitkan. Terbitkan dengan POST ${issuePath} (izin ${permission} di kantor pemilik), atau lihat pratinjau DRAF tanpa nomor: GET ${readPath}?preview=1`,
      `${what.en} has not been issued yet. Issue it with POST ${issuePath} (permission ${permission} in the owning office), or open the unnumbered DRAF preview: GET ${readPath}?preview=1`,
    ),
  );
}

export interface RegisterPeriod {
  from: string;
  to: string;
}

/** Both dates required, real calendar dates, from ≤ to, at most 366 days (inclusive); 400 naming the field otherwise. */
export function parsePeriod(from: unknown, to: unknown): RegisterPeriod {
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value === undefined || value === null || value === '')
      throw Errors.field(name, `${name} wajib diisi (YYYY-MM-DD)`, `${name} is required (YYYY-MM-DD)`);
    if (typeof value !== 'string' || !isIsoDate(value))
      throw Errors.field(
        name,
        `${name} harus tanggal yang valid YYYY-MM-DD`,
        `${name} must be a valid date YYYY-MM-DD`,
      );
  }
  const f = from as string;
  const t = to as string;
  if (f > t)
    throw Errors.field(
      'to',
      'tanggal akhir (to) tidak boleh sebelum tanggal awal (from)',
      'to must not be before from',
    );
  const days = Math.round((Date.parse(`${t}T00:00:00Z`) - Date.parse(`${f}T00:00:00Z`)) / 86_400_000) + 1;
  if (days > REGISTER_MAX_DAYS)
    throw Errors.field(
      'to',
      `periode paling lama ${REGISTER_MAX_DAYS} hari (diminta ${days} hari)`,
      `the period may span at most ${REGISTER_MAX_DAYS} days (asked for ${days})`,
    );
  return { from: f, to: t };
}
