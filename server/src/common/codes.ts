import { randomBytes } from 'node:crypto';

// Crockford base32 without look-alike letters (I, L, O, U): easy to read aloud and type.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random code in groups of four, e.g. "7KQ2-M9XD" (groups = 2) or "7KQ2-M9XD-4HTR" (groups = 3). */
export function randomCode(groups: number): string {
  const bytes = randomBytes(groups * 4);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (i > 0 && i % 4 === 0 ? '-' : '') + ALPHABET[bytes[i] % 32];
  return out;
}

export function normalizeCode(code: string): string {
  return code.trim().toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
}
