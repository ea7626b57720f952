import { findTooDeep, findPrototypeKey } from '../../../server/src/common/json-guard';
import fc from 'fast-check';
import * as cv from 'class-validator';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';

// class-transformer does not export its metadata storage from the package root; its CommonJS build holds the instance
// the decorators wrote to (the types live beside it, under types/).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: MetadataStorage;
};
import {
  EXTRA_KEYS,
  HOSTILE_STRINGS,
  RawJson,
  WRONG_TYPES,
  anyUnicode,
  bigString,
  deepJson,
  hostileValue,
  put,
  toJsonText,
} from './values';

/** What class-validator knows about one property of a DTO. */
export interface FieldModel {
  name: string;
  optional: boolean;
  /** every conditional validation (IsOptional, ValidateIf): all must hold for the checks to run */
  conditions: Array<(o: Record<string, unknown>, v: unknown) => boolean>;
  checks: Array<{ name: string; constraints: unknown[]; each: boolean }>;
  nested?: { cls: Function; each: boolean };
  /** `@Type(() => Number)`: class-transformer converts the (query string) value before validation */
  numeric?: boolean;
}

export interface DtoModel {
  name: string;
  fields: FieldModel[];
}

const models = new Map<Function, DtoModel>();

/** The constraints of a DTO class, read from class-validator's and class-transformer's metadata storages. */
export function dtoModel(cls: Function): DtoModel {
  const cached = models.get(cls);
  if (cached) return cached;
  const metas = cv.getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
  const byName = new Map<string, FieldModel>();
  for (const m of metas) {
    const name = m.propertyName;
    const f = byName.get(name) ?? { name, optional: false, conditions: [], checks: [] };
    byName.set(name, f);
    if (defaultMetadataStorage.findTypeMetadata(cls, name)?.typeFunction?.() === Number) f.numeric = true;
    if (m.type === 'conditionalValidation') {
      f.conditions.push(m.constraints[0] as FieldModel['conditions'][number]);
      if (m.name === 'isOptional') f.optional = true;
    } else if (m.type === 'nestedValidation') {
      const t = defaultMetadataStorage.findTypeMetadata(cls, name);
      const target = t?.typeFunction?.() as Function | undefined;
      if (target) f.nested = { cls: target, each: !!m.each };
    } else if (m.type === 'customValidation' || m.type === 'isDefined') {
      f.checks.push({ name: m.name ?? m.type, constraints: m.constraints ?? [], each: !!m.each });
    }
  }
  const model = { name: cls.name, fields: [...byName.values()] };
  models.set(cls, model);
  return model;
}

const CHECKS: Record<string, (v: unknown, c: unknown[]) => boolean> = {
  isDefined: (v) => cv.isDefined(v),
  isString: (v) => cv.isString(v),
  isNotEmpty: (v) => cv.isNotEmpty(v),
  maxLength: (v, c) => cv.maxLength(v, c[0] as number),
  minLength: (v, c) => cv.minLength(v, c[0] as number),
  matches: (v, c) =>
    typeof c[0] === 'string'
      ? cv.matches(v as string, c[0], (c[1] as string | undefined) ?? '')
      : cv.matches(v as string, c[0] as RegExp),
  isIn: (v, c) => cv.isIn(v, c[0] as unknown[]),
  isInt: (v) => cv.isInt(v),
  min: (v, c) => cv.min(v, c[0] as number),
  max: (v, c) => cv.max(v, c[0] as number),
  isEmail: (v, c) => cv.isEmail(v, c[0] as never),
  isISO8601: (v, c) => cv.isISO8601(v, c[0] as never),
  isUrl: (v, c) => cv.isURL(v as string, c[0] as never),
  isBoolean: (v) => cv.isBoolean(v),
  isArray: (v) => cv.isArray(v),
  arrayMinSize: (v, c) => cv.arrayMinSize(v, c[0] as number),
  arrayMaxSize: (v, c) => cv.arrayMaxSize(v, c[0] as number),
  arrayUnique: (v, c) => cv.arrayUnique(v as unknown[], c[0] as never),
  isObject: (v) => cv.isObject(v),
};

export interface Verdict {
  /** every path class-validator must refuse (`requester.nik`, `assignments.0.unitId`, `extra`; '' for the body itself) */
  invalid: string[];
  /** some constraint could not be judged here (a custom one) */
  unknown: boolean;
  /**
   * the paths among `invalid` that are keys the DTO does not declare, outside arrays: a PUT drops them instead of
   * refusing them (server/src/common/simple-rest.ts, react-admin sends the record as read)
   */
  undeclared?: string[];
}

/** Judges a parsed body against a DTO the way the ValidationPipe will (whitelist + forbidNonWhitelisted). */
export function judge(model: DtoModel, value: unknown, prefix = ''): Verdict {
  // the server refuses a body nested deeper than any form (json-guard.ts), naming the top-level field it is under
  if (!prefix) {
    // …after a prototype-like key anywhere, which it refuses first (json-guard.ts)
    const proto = findPrototypeKey(value);
    if (proto) return { invalid: [proto], unknown: false };
    const deep = findTooDeep(value);
    if (deep) return { invalid: [deep], unknown: false };
  }
  const out: Verdict = { invalid: [], unknown: false, undeclared: [] };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.invalid.push(prefix);
    return out;
  }
  const obj = value as Record<string, unknown>;
  const known = new Set(model.fields.map((f) => f.name));
  for (const key of Object.keys(obj))
    if (!known.has(key)) {
      out.invalid.push(prefix ? `${prefix}.${key}` : key);
      out.undeclared!.push(prefix ? `${prefix}.${key}` : key);
    }
  for (const f of model.fields) {
    const v = Object.prototype.hasOwnProperty.call(obj, f.name) ? obj[f.name] : undefined;
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    if (!f.conditions.every((c) => c(obj, v))) continue;
    let bad = false;
    for (const check of f.checks) {
      const fn = CHECKS[check.name];
      if (!fn) {
        out.unknown = true;
        continue;
      }
      let ok: boolean;
      try {
        ok = check.each && Array.isArray(v) ? v.every((x) => fn(x, check.constraints)) : fn(v, check.constraints);
      } catch {
        // a validator that throws on a value (validator.js: "URI malformed" on a stray %) cannot judge it here
        out.unknown = true;
        continue;
      }
      if (!ok) bad = true;
    }
    if (f.nested) {
      const sub = judgeNested(f.nested.cls, v, path);
      if (sub.invalid.includes(path)) bad = true;
      out.invalid.push(...sub.invalid.filter((s) => s !== path));
      // a nested object's undeclared keys are dropped too; inside arrays they are not
      if (!Array.isArray(v)) out.undeclared!.push(...(sub.undeclared ?? []));
      out.unknown ||= sub.unknown;
    }
    if (bad) out.invalid.push(path);
  }
  return out;
}

/** Judges a query string (every value a string, or an array when repeated) against a query DTO. */
export function judgeQuery(model: DtoModel, query: Record<string, string | string[]>): Verdict {
  const converted: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(query)) {
    const f = model.fields.find((x) => x.name === k);
    put(converted, k, f?.numeric ? (Array.isArray(v) ? v.map(Number) : Number(v)) : v);
  }
  return judge(model, converted);
}

/** As class-validator's nested validation: arrays (at any depth) are validated element by element, objects as the DTO. */
function judgeNested(cls: Function, v: unknown, path: string): Verdict {
  if (v === undefined) return { invalid: [], unknown: false };
  if (Array.isArray(v)) {
    const out: Verdict = { invalid: [], unknown: false };
    v.forEach((x, i) => {
      const sub = judgeNested(cls, x, `${path}.${i}`);
      out.invalid.push(...sub.invalid);
      out.unknown ||= sub.unknown;
    });
    return out;
  }
  return judge(dtoModel(cls), v, path);
}

/** Real ids and codes the valid values draw from, so that valid samples can pass the services' own checks. */
export type Refs = Record<string, readonly (number | string)[]>;

const DATE_SOURCE = String.raw`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`;
const MONTH_SOURCE = String.raw`^\d{4}-(0[1-9]|1[0-2])$`;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const day = fc.date({
  min: new Date('2024-01-01T00:00:00Z'),
  max: new Date('2027-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const WORDS = [
  'Salinan',
  'SK',
  'penetapan',
  'DPT',
  'Pemilu',
  '2024',
  'Kabupaten',
  'Lebak',
  'rekapitulasi',
  'kecamatan',
  'anggaran',
  'Model D',
  'laporan',
  'berita acara',
  '—',
  'No. 5',
  '(PDF)',
  'Rangkasbitung',
  'é',
  'ß',
  '50%',
  '_',
  "O'Brien",
  '"kutip"',
];

function check(f: FieldModel, name: string) {
  return f.checks.find((c) => c.name === name);
}

/** Text within the field's length bounds: words, all of Unicode, or a hostile string that happens to fit. */
function validText(f: FieldModel): fc.Arbitrary<string> {
  const max = (check(f, 'maxLength')?.constraints[0] as number | undefined) ?? 200;
  const min = Math.max(
    (check(f, 'minLength')?.constraints[0] as number | undefined) ?? 0,
    check(f, 'isNotEmpty') ? 1 : 0,
  );
  const fit = (s: string) => {
    let x = s;
    while (!cv.maxLength(x, max)) x = x.slice(0, -1);
    return x.length < min ? x + 'x'.repeat(min - x.length) : x;
  };
  return fc
    .oneof(
      {
        weight: 4,
        arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')),
      },
      { weight: 2, arbitrary: anyUnicode(60) },
      { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
      // exactly at the limit: as counted by class-validator (astral characters and variation selectors count 0–1)
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'x'.repeat(max),
          'é'.repeat(max),
          '😀'.repeat(max),
          `${'a\uFE0F'.repeat(max)}`,
          `${'ab'.repeat(max)}`.slice(0, max),
        ),
      },
    )
    .map(fit)
    .filter((s) => cv.maxLength(s, max) && s.length >= min && (!check(f, 'isNotEmpty') || s !== ''));
}

function validScalar(f: FieldModel, refs: Refs): fc.Arbitrary<unknown> {
  const isIn = check(f, 'isIn');
  const each = !!isIn?.each || f.checks.some((c) => c.each);
  if (isIn && !isIn.each) return fc.constantFrom(...(isIn.constraints[0] as unknown[]));
  if (check(f, 'isArray') && isIn?.each) {
    const values = isIn.constraints[0] as unknown[];
    const minSize = (check(f, 'arrayMinSize')?.constraints[0] as number | undefined) ?? 0;
    const maxSize = Math.min(
      (check(f, 'arrayMaxSize')?.constraints[0] as number | undefined) ?? values.length,
      values.length,
    );
    return fc.subarray(values, { minLength: Math.min(minSize, values.length), maxLength: maxSize });
  }
  if (check(f, 'isArray') && check(f, 'isInt')?.each) {
    const ids = refs[f.name] ?? [1, 2, 3];
    return fc.subarray([...ids], { maxLength: Math.min(ids.length, 5) });
  }
  if (check(f, 'isArray') && check(f, 'isString')?.each) {
    return fc.array(validText({ ...f, checks: f.checks.filter((c) => !c.each || c.name !== 'maxLength') }), {
      maxLength: 3,
    });
  }
  void each;
  const matches = check(f, 'matches');
  if (matches) {
    const re = matches.constraints[0] as RegExp;
    if (re.source === DATE_SOURCE) return day.map(isoDay);
    if (re.source === MONTH_SOURCE) return day.map((d) => isoDay(d).slice(0, 7));
    if (refs[f.name]) return fc.constantFrom(...refs[f.name]);
    return fc
      .stringMatching(re)
      .filter(
        (s) =>
          cv.matches(s, re) &&
          (!check(f, 'maxLength') || cv.maxLength(s, check(f, 'maxLength')!.constraints[0] as number)),
      );
  }
  if (check(f, 'isEmail'))
    return fc.constantFrom('budi@example.id', 'siti.aminah+ppid@sub.example.co.id', 'o.brien@example.id');
  if (check(f, 'isISO8601'))
    return fc.oneof(
      day.map((d) => d.toISOString()),
      fc.constant(new Date(Date.now() - 3_600_000).toISOString()),
    );
  if (check(f, 'isUrl'))
    return fc.constantFrom('https://e-ppid.kpu.go.id/laporan/2025/kpu-lbk', 'http://ppid.example.id/a?b=c#d');
  if (check(f, 'isBoolean')) return fc.boolean();
  if (check(f, 'isInt')) {
    if (refs[f.name]?.length) return fc.constantFrom(...refs[f.name]);
    const min = (check(f, 'min')?.constraints[0] as number | undefined) ?? 0;
    const max = (check(f, 'max')?.constraints[0] as number | undefined) ?? min + 100;
    return fc.integer({ min, max: Math.min(max, min + 100) });
  }
  if (check(f, 'isString') || check(f, 'maxLength'))
    return refs[f.name]?.length ? fc.constantFrom(...refs[f.name]) : validText(f);
  if (check(f, 'isObject')) return fc.constant({});
  return fc.constant(undefined);
}

/** A value meeting every constraint of the field (services may still refuse it: an unknown id, a wrong state). */
export function validValue(f: FieldModel, refs: Refs, depth = 0): fc.Arbitrary<unknown> {
  if (f.nested) {
    const obj = validObject(dtoModel(f.nested.cls), refs, depth + 1);
    if (!f.nested.each) return obj;
    const min = (check(f, 'arrayMinSize')?.constraints[0] as number | undefined) ?? 0;
    return fc.array(obj, { minLength: min, maxLength: Math.max(min, 3) });
  }
  return validScalar(f, refs);
}

/** Boundary and hostile values for one field: empty, at and past the limits, other types, 10⁶ characters, deep nesting. */
export function badValue(f: FieldModel): fc.Arbitrary<unknown> {
  const max = check(f, 'maxLength')?.constraints[0] as number | undefined;
  const min = check(f, 'min')?.constraints[0] as number | undefined;
  const maxN = check(f, 'max')?.constraints[0] as number | undefined;
  const boundaries: unknown[] = ['', ' ', null];
  if (max !== undefined)
    boundaries.push('x'.repeat(max + 1), '😀'.repeat(max + 1), 'a\uFE0F'.repeat(max), 'x'.repeat(max - 1) + '\uD83D');
  if (min !== undefined) boundaries.push(min - 1, min, min - 0.5);
  if (maxN !== undefined) boundaries.push(maxN, maxN + 1);
  if (check(f, 'isInt'))
    boundaries.push(0, -1, 2 ** 31, 2 ** 31 - 1, 2 ** 53, -(2 ** 53), 1.5, '1', new RawJson('1e2'), new RawJson('1.0'));
  if (check(f, 'isArray'))
    boundaries.push([], ['x'], [null], new Array(30).fill('a'), ['softcopy', 'softcopy'], 'softcopy');
  if (check(f, 'isBoolean')) boundaries.push('true', 1, 0, 'false');
  if (check(f, 'matches') || check(f, 'isISO8601'))
    boundaries.push(
      '2025-02-30',
      '2026-02-29',
      '2024-02-29',
      '0000-00-00',
      '0000-01-01',
      '9999-12-31',
      '1000-01-01',
      '2026-1-1',
      '2026-01-01T00:00:00Z',
      '2026-13',
      '2026-00',
      '0000-01',
      '9999-12',
      '2025-02-30T10:00:00Z',
      '+275760-09-13T00:00:00Z',
      '2026-11-02T24:00:00Z',
      '1970-01-01T00:00:00Z',
    );
  if (f.nested) boundaries.push('x', 1, [], [{}], {}, [[]], deepJson(3000, 'array'));
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...boundaries) },
    { weight: 3, arbitrary: hostileValue() },
    { weight: 1, arbitrary: fc.constantFrom(...WRONG_TYPES) },
  );
}

/** Every required field valid; each optional field present or not. */
export function validObject(model: DtoModel, refs: Refs, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  if (depth > 3) return fc.constant({});
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of model.fields) {
    const v = validValue(f, refs, depth);
    parts[f.name] = f.optional || f.conditions.length ? fc.option(v, { nil: undefined, freq: 2 }) : v;
  }
  return fc.record(parts).map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined) put(out, k, v);
    return out;
  });
}

const OMIT = Symbol('omit');

/** A valid object with 1–3 fields replaced by bad values or removed, and sometimes extra keys. */
export function mutatedObject(model: DtoModel, refs: Refs): fc.Arbitrary<Record<string, unknown>> {
  const names = model.fields.map((f) => f.name);
  const mutations = names.length
    ? fc.uniqueArray(
        fc
          .constantFrom(...model.fields)
          .chain((f) =>
            fc
              .oneof({ weight: 5, arbitrary: badValue(f) }, { weight: 1, arbitrary: fc.constant(OMIT) })
              .map((v) => [f.name, v] as const),
          ),
        { minLength: 1, maxLength: Math.min(3, names.length), selector: ([k]) => k },
      )
    : fc.constant([] as Array<readonly [string, unknown]>);
  const extras = fc.option(
    fc.array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.string({ maxLength: 8 })),
        fc.oneof(hostileValue(), fc.constant({ isAdmin: true })),
      ),
      { minLength: 1, maxLength: 2 },
    ),
    { freq: 3, nil: [] },
  );
  return fc.tuple(validObject(model, refs), mutations, extras).map(([base, muts, extra]) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(base)) put(out, k, v);
    for (const [k, v] of muts) {
      if (v === OMIT) delete out[k];
      else put(out, k, v);
    }
    for (const [k, v] of extra) if (!names.includes(k)) put(out, k, v);
    return out;
  });
}

/** Bodies that are not objects at all, or objects nested beyond reason. */
export const hostileBody: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  [],
  [{}],
  'x',
  42,
  null,
  true,
  {},
  deepJson(20_000, 'array'),
  deepJson(3000, 'object'),
  new RawJson(`{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
  new RawJson('{"__proto__":{"isAdmin":true}}'),
  new RawJson('{"constructor":{"prototype":{"isAdmin":true}}}'),
  new RawJson('{"a":1,"a":2}'),
  new RawJson(`{${Array.from({ length: 5000 }, (_, i) => `"k${i}":${i}`).join(',')}}`),
  new RawJson(`[${'1,'.repeat(100_000)}1]`),
  bigString(2_000_000),
);

export interface BodySample {
  text: string;
  verdict: Verdict;
}

/** Samples for a DTO route: 3 in 10 valid, 6 mutated, 1 hostile as a whole; each judged on what the server will parse. */
export function bodySamples(model: DtoModel, refs: Refs): fc.Arbitrary<BodySample> {
  return fc
    .oneof(
      { weight: 3, arbitrary: validObject(model, refs) as fc.Arbitrary<unknown> },
      { weight: 6, arbitrary: mutatedObject(model, refs) },
      { weight: 1, arbitrary: hostileBody },
    )
    .map((body) => {
      const text =
        body instanceof RawJson ? body.text : typeof body === 'string' ? JSON.stringify(body) : toJsonText(body);
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return { text, verdict: { invalid: [''], unknown: false } };
      }
      return { text, verdict: judge(model, parsed) };
    });
}
