import { HttpStatus } from '@nestjs/common';
import { formatDateId, formatDateTimeId, REGIMES, type Regime, type Signer } from '@lentera/reports';
import type { EntityTarget } from 'typeorm';
import { Access } from '../common/access';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Db } from '../common/db';
import { AppError, Errors } from '../common/errors';
import { Msg, msg } from '../common/i18n';
import { Permission } from '../common/permissions';
import { isIsoDate } from '../calendar/working-days';
import { Office } from '../offices/office.entity';
import { User } from '../users/user.entity';
import type { IssueMeta } from './documents.service';

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

/** What a register is asked for: the period, the office (own unless a visible one is named) and the regime. */
export interface RegisterQuery {
  from?: unknown;
  to?: unknown;
  officeId?: unknown;
  /** general (default) or election: each regime keeps its own register */
  regime?: unknown;
}

/** The regime of a register: general unless election is asked for; 400 naming the field otherwise. */
export function parseRegime(raw: unknown): Regime {
  if (raw === undefined || raw === null || raw === '') return 'general';
  if (typeof raw !== 'string' || !(REGIMES as readonly string[]).includes(raw))
    throw Errors.field('regime', 'regime harus general atau election', 'regime must be general or election');
  return raw as Regime;
}

/** The office of a register: the user's own, or a visible one (a read); 400 for a malformed id. */
export async function registerOfficeId(access: Access, actor: AuthUser, raw: unknown, permission: Permission) {
  if (raw === undefined || raw === null || raw === '') return actor.officeId;
  if ((typeof raw !== 'string' && typeof raw !== 'number') || !/^\d{1,12}$/.test(String(raw)) || Number(raw) < 1)
    throw Errors.field('officeId', 'officeId harus bilangan bulat positif', 'officeId must be a positive integer');
  const id = Number(raw);
  await access.requireOffice(actor, permission, id, msg('Kantor', 'Office'));
  return id;
}

/** A register as asked for, checked: the office, the period and the regime. */
export interface RegisterScope {
  office: Office;
  period: RegisterPeriod;
  regime: Regime;
}

/** The office (own unless a visible one is named, read with `permission`), the period and the regime of a register. */
export async function registerScope(
  db: Db,
  access: Access,
  actor: AuthUser,
  q: RegisterQuery,
  permission: Permission,
): Promise<RegisterScope> {
  const period = parsePeriod(q.from, q.to);
  const regime = parseRegime(q.regime);
  const officeId = await registerOfficeId(access, actor, q.officeId, permission);
  const office = await db.repo(Office).findOneOrFail({ where: { id: officeId } });
  return { office, period, regime };
}

/**
 * The matters (requests, objections) of a register: the office's, of the regime, whose `dateColumn` is in the period,
 * in register order (by that date, then by number: year, sequence, id).
 */
export function registerMatters<E extends { officeId: number; regime: Regime; year: number; seq: number }>(
  db: Db,
  entity: EntityTarget<E>,
  dateColumn: string,
  { office, period, regime }: RegisterScope,
): Promise<E[]> {
  return db
    .repo(entity)
    .createQueryBuilder('m')
    .where('m.officeId = :officeId AND m.regime = :regime', { officeId: office.id, regime })
    .andWhere(`m.${dateColumn} >= :from AND m.${dateColumn} <= :to`, period)
    .orderBy(`m.${dateColumn}`, 'ASC')
    .addOrderBy('m.year', 'ASC')
    .addOrderBy('m.seq', 'ASC')
    .addOrderBy('m.id', 'ASC')
    .getMany();
}

/** The headings of a register's workbook: its title and the office, the period, who printed it and when. */
export function registerHeadings(title: string, { office, period }: RegisterScope, actor: AuthUser, clock: Clock) {
  return {
    title: `${title} ${office.name}`,
    heading: `${title.toUpperCase()} \u2014 ${office.name.toUpperCase()}`,
    periodText: `Periode ${formatDateId(period.from)} s.d. ${formatDateId(period.to)}`,
    printedText: `Dicetak ${formatDateTimeId(clock.now(), office.timeZone)} oleh ${actor.fullName}`,
    created: clock.now(),
    summaryTitle: `Ringkasan ${title} \u2014 ${office.name}`,
  };
}

// ── who signs an office's documents ────────────────────────────────────────────

export const PPID_ROLE = 'Pejabat Pengelola Informasi dan Dokumentasi';

/** A user of the office with their roles loaded. */
export type OfficeUser = User & { roleRows?: Array<{ role: string }> };

export function hasRole(u: OfficeUser, role: string): boolean {
  return (u.roleRows ?? []).some((r) => r.role === role);
}

/** The office's users with their roles, by name, and the one issuing (who may belong to another office). */
export async function officeUsers(
  db: Db,
  actor: AuthUser,
  officeId: number,
): Promise<{ users: OfficeUser[]; issuer: OfficeUser }> {
  const users = await db
    .repo(User)
    .find({ where: { officeId }, relations: { roleRows: true }, order: { fullName: 'ASC', id: 'ASC' } });
  const issuer =
    users.find((u) => u.id === actor.id) ??
    (await db.repo(User).findOne({ where: { id: actor.id }, relations: { roleRows: true } }));
  if (!issuer) throw Errors.unauthorized();
  return { users, issuer };
}

/** The office's active PPID (the issuer when they are one), else the issuer. */
export function officePpid(users: OfficeUser[], issuer: OfficeUser, actor: AuthUser): OfficeUser {
  const ppids = users.filter((u) => u.active && hasRole(u, 'ppid'));
  return ppids.find((u) => u.id === actor.id) ?? ppids[0] ?? issuer;
}

/** "Mengetahui, Atasan PPID": the office's active Atasan PPID, or a line to sign on. */
export function acknowledgingAtasan(users: OfficeUser[]): { user: OfficeUser | undefined; signer: Signer } {
  const user = users.find((u) => u.active && hasRole(u, 'atasan'));
  const role = 'Mengetahui, Atasan PPID';
  return {
    user,
    signer: user
      ? { role, position: user.position, name: user.fullName, nip: user.nip }
      : { role, name: '(.................................................)' },
  };
}

/** The PPID's signature block, signed at `place` on `date`. */
export function ppidSignature(ppid: OfficeUser, place: string, date: string): Signer {
  return { role: PPID_ROLE, position: ppid.position, name: ppid.fullName, nip: ppid.nip, place, date };
}

/** Who signs an office's register: the acknowledging Atasan PPID (or a line to sign on) and the office's PPID. */
export async function registerSigners(db: Db, actor: AuthUser, officeId: number) {
  const { users, issuer } = await officeUsers(db, actor, officeId);
  const { user: atasan, signer: acknowledged } = acknowledgingAtasan(users);
  return { atasan, acknowledged, ppid: officePpid(users, issuer, actor) };
}

/** Where and when a document is signed: the office's city (its name without one) and the issue date in its zone. */
export function issuedWhere(office: Office, meta: IssueMeta): { dateText: string; place: string } {
  return { dateText: formatDateId(meta.issuedAt, office.timeZone), place: office.city?.trim() || office.name };
}
