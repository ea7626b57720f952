import { validateNik } from '../common/nik';
import type { RequesterType } from '../api/types';

/** The identity a requester type needs (UU KIP; server: RequestersService.checkIdentity). */
export const IDENTITY_FIELDS: Record<
  RequesterType,
  { nik: boolean; deed: boolean; poa: 'required' | 'optional' | 'none'; representative: boolean }
> = {
  person: { nik: true, deed: false, poa: 'optional', representative: false },
  entity: { nik: false, deed: true, poa: 'optional', representative: true },
  group: { nik: true, deed: false, poa: 'required', representative: true },
};

export function identityOf(type: unknown) {
  return IDENTITY_FIELDS[(type as RequesterType) in IDENTITY_FIELDS ? (type as RequesterType) : 'person'];
}

/** A NIK problem in the user's language, or undefined when the NIK is well-formed (or masked and untouched). */
export function nikProblem(nik: unknown, locale: string): string | undefined {
  if (typeof nik !== 'string' || nik === '' || nik.includes('*')) return undefined;
  const result = validateNik(nik);
  return result.ok ? undefined : result.reason[locale === 'en' ? 'en' : 'id'];
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * The requester as the API takes it: only the fields its type uses, empty ones left out, so a switch from
 * "badan hukum" to "perorangan" does not send a stale deed number.
 */
export function requesterPayload(data: Record<string, unknown>): Record<string, unknown> {
  const type = (data.type as RequesterType) ?? 'person';
  const needs = identityOf(type);
  const keep = ['type', 'name', 'address', 'phone', 'email', 'occupation'];
  if (needs.nik) keep.push('nik');
  if (needs.deed) keep.push('deedNumber', 'ratificationNumber');
  if (needs.poa !== 'none') keep.push('powerOfAttorney');
  if (needs.representative) keep.push('representativeName');
  const out: Record<string, unknown> = {};
  for (const key of keep) {
    const value = data[key];
    if (!blank(value)) out[key] = typeof value === 'string' ? value.trim() : value;
  }
  out.type = type;
  return out;
}

/**
 * Keeps only the fields of the chosen type; fields the type does not use are cleared (null) so a
 * change of type leaves no stale deed or NIK behind. A masked NIK is never sent back; the reason goes with it.
 */
export function requesterEditData(data: Record<string, unknown>): Record<string, unknown> {
  const kept = requesterPayload(data);
  const out: Record<string, unknown> = { ...data };
  for (const key of [
    'nik',
    'deedNumber',
    'ratificationNumber',
    'powerOfAttorney',
    'representativeName',
    'phone',
    'email',
    'occupation',
  ]) {
    out[key] = kept[key] ?? null;
  }
  if (typeof data.nik === 'string' && data.nik.includes('*')) delete out.nik;
  // the reason of the change (required by the server: it makes a new identity version)
  if (typeof data.reason === 'string') out.reason = data.reason.trim();
  return out;
}

/** The requester a NIK is already registered to, as the server's 409 names it (`details.existingRequester`). */
export interface ExistingRequester {
  id: number | string;
  name: string;
  type: RequesterType;
  version: number;
}

/**
 * The registered requester when an error is the server's "this NIK belongs to someone else" (409 with
 * details.existingRequester); null for any other error.
 */
export function existingRequesterOf(error: unknown): ExistingRequester | null {
  const e = error as { status?: number; body?: { details?: { existingRequester?: unknown } } } | null;
  if (!e || e.status !== 409) return null;
  const existing = e.body?.details?.existingRequester as Partial<ExistingRequester> | undefined;
  if (!existing || typeof existing !== 'object' || typeof existing.name !== 'string') return null;
  if (existing.id === undefined || existing.id === null) return null;
  return {
    id: existing.id,
    name: existing.name,
    type: (existing.type as RequesterType) ?? 'person',
    version: Number(existing.version) || 1,
  };
}

/** An identity version as GET /api/requesters/:id/versions answers it (newest first). */
export interface IdentityVersion {
  id: number | string;
  version: number;
  type: RequesterType;
  name: string;
  nik: string | null;
  nikMasked: boolean;
  deedNumber: string | null;
  ratificationNumber: string | null;
  powerOfAttorney: string | null;
  representativeName: string | null;
  address: string;
  phone: string | null;
  email: string | null;
  occupation: string | null;
  /** why this version was made (null for the first registration) */
  reason: string | null;
  createdAt: string;
  createdByName: string | null;
}

const VERSION_FIELDS = [
  'type',
  'name',
  'nik',
  'representativeName',
  'deedNumber',
  'ratificationNumber',
  'powerOfAttorney',
  'address',
  'phone',
  'email',
  'occupation',
] as const;

/** What a version changed against the one before it: each field with its old and new value. */
export function identityChanges(
  version: IdentityVersion,
  previous: IdentityVersion | undefined,
): Array<{ field: (typeof VERSION_FIELDS)[number]; from: string | null; to: string | null }> {
  if (!previous) return [];
  const norm = (v: unknown) => (v === undefined || v === null || v === '' ? null : String(v));
  return VERSION_FIELDS.filter((f) => norm(version[f]) !== norm(previous[f])).map((field) => ({
    field,
    from: norm(previous[field]),
    to: norm(version[field]),
  }));
}
