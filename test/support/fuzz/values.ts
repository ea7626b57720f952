import fc from 'fast-check';

/** A piece of JSON text put into a body as it is (numbers JSON.stringify cannot write, deep nesting). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** Strings that have broken servers somewhere: injection, templates, encodings, invisible and reordering characters. */
export const HOSTILE_STRINGS: readonly string[] = [
  "'; DROP TABLE requests; --",
  "' OR '1'='1",
  '1 OR 1=1',
  '" OR ""="',
  "\\'; SELECT sleep(5); --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  '{{7*7}}',
  '${7*7}',
  '#{7*7}',
  '<%= 7*7 %>',
  '%s%s%s%n',
  '../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  'file:///etc/passwd',
  'http://169.254.169.254/latest/meta-data/',
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(64),
  '\u0001\u0002\u0003\u0007\u0008\u001b[31m\u007f',
  '\r\nSet-Cookie: x=1',
  '\u202Egnp.exe',
  '\u200B\u200C\u200D\u2060\uFEFF',
  '\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069',
  '\uD800',
  '\uDFFF\uD800',
  '😀🇮🇩👨‍👩‍👧‍👦',
  '𝕷𝖊𝖓𝖙𝖊𝖗𝖆',
  '\u{10FFFF}\u{E0001}\u{F0000}',
  'Z̴̡̛̤͚̘̭͔͖̗̞ͧ̈́ͯ͑ͬ̃a̶l̷g̸o̵',
  'ﷺ﷽',
  'جاكرتا الإندونيسية',
  'עִבְרִית',
  '雅加达 ジャカルタ 자카르타',
  'NaN',
  'Infinity',
  'undefined',
  'null',
  'true',
  '[object Object]',
  '__proto__',
  'constructor',
  ' ',
  '   \t\n  ',
  '\u00A0\u2003\u3000',
  '-1',
  '0',
  '1e309',
  '0x10',
  '2025-02-30',
  '0000-00-00',
  '9999-12-31',
  '2026-13-01',
  '2026-11-31T25:61:61Z',
  '+275760-09-13T00:00:00.000Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '2026-11-02T10:00:00+14:00',
  '%00',
  '%2e%2e%2f',
  '\\',
  '`id`',
  '$(id)',
  '; ls -la',
  '| cat /etc/passwd',
  'A'.repeat(256),
  '\uFE0F'.repeat(300),
];

/** Values of every JSON type, for fields that expect another one. */
export const WRONG_TYPES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0.000001,
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  '',
  '1',
  'NaN',
  [],
  [1, 2, 3],
  [null],
  ['a'],
  {},
  { a: 1 },
  { $gt: '' },
  { toString: 'x' },
  [[[]]],
  new RawJson('1e309'),
  new RawJson('-1e309'),
  new RawJson('123456789012345678901234567890'),
  new RawJson('1.0'),
  new RawJson('-0'),
  new RawJson('1E2'),
];

/** Keys a body may sneak in: prototype pollution, mass assignment, junk. */
export const EXTRA_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'id',
  'officeId',
  'createdAt',
  'status',
  'isAdmin',
  'roles',
  'passwordHash',
  'tokenVersion',
  '',
  ' ',
  '$where',
  'a.b',
  'x'.repeat(300),
  '\u0000',
];

/** A string of n characters drawn from every Unicode plane (built once per length). */
const bigCache = new Map<string, string>();
export function bigString(n: number, flavour: 'ascii' | 'unicode' = 'ascii'): string {
  const key = `${flavour}:${n}`;
  let s = bigCache.get(key);
  if (!s) {
    s = flavour === 'ascii' ? 'x'.repeat(n) : '\u{1F600}Ł\u200B中\u0000'.repeat(Math.ceil(n / 6)).slice(0, n);
    bigCache.set(key, s);
  }
  return s;
}

/** Text from the whole Unicode range, lone surrogates included. */
export const anyUnicode = (maxLength = 40) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength }),
    fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength }),
  );

/** Deeply nested JSON (arrays or objects), as text so that no recursion is needed to build it. */
export function deepJson(depth: number, kind: 'array' | 'object'): RawJson {
  return kind === 'array'
    ? new RawJson(`${'['.repeat(depth)}${']'.repeat(depth)}`)
    : new RawJson(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
}

export const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 3, arbitrary: fc.constantFrom(...WRONG_TYPES) },
    { weight: 2, arbitrary: anyUnicode() },
    { weight: 1, arbitrary: fc.constantFrom(1_000_000, 70_000, 5001, 201).map((n) => bigString(n)) },
    { weight: 1, arbitrary: fc.constantFrom(300_000).map((n) => bigString(n, 'unicode')) },
    { weight: 1, arbitrary: fc.constantFrom(deepJson(5000, 'array'), deepJson(2000, 'object'), deepJson(40, 'array')) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );

/** Serializes a body with RawJson pieces inserted verbatim; keys named __proto__ stay plain keys. */
export function toJsonText(body: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(body, (_k, v) => {
    if (v instanceof RawJson) {
      raws.push(v.text);
      return `\u0000RAW${raws.length - 1}\u0000`;
    }
    return v;
  });
  if (text === undefined) return '';
  return raws.length ? text.replace(/"\\u0000RAW(\d+)\\u0000"/g, (_, i: string) => raws[Number(i)]) : text;
}

/** Sets a key as an own property, even `__proto__`. */
export function put(obj: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  return obj;
}
