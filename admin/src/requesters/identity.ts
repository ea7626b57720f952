import { validateNik } from '../common/nik';
import type { RequesterType } from '../types';

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
 * change of type leaves no stale deed or NIK behind. A masked NIK is never sent back.
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
  return out;
}
