/**
 * The citizen's side of the public web form (GET/POST /permohonan-informasi): what the form sends is turned into the
 * request DTO by requester type, checked, and every problem is told by the field's own label (FORM_FIELDS, the one map
 * from field keys to labels), never by a DTO path. The office is found by province or by name, never defaulted.
 */
import { FIELDS_BY_TYPE, FORM_FIELDS, type FormLabel, type FormOffice, type FormRequesterType } from '@lentera/reports';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { msg, type Msg } from '../common/i18n';
import { RequestersService } from '../requesters/requesters.service';
import { PublicRequestDto } from './submissions.service';

const list = (v: unknown): string[] =>
  v === undefined || v === '' ? [] : Array.isArray(v) ? v.map(String) : [String(v)];

const TYPES = Object.keys(FIELDS_BY_TYPE) as FormRequesterType[];
const ALL_REQUESTER_FIELDS = [...new Set(TYPES.flatMap((t) => FIELDS_BY_TYPE[t]))];

/** The form as posted, as the public request DTO: only the requester fields of the chosen type, blanks left out. */
export function formToDto(body: Record<string, unknown>) {
  const v = (k: string) => (typeof body[k] === 'string' ? (body[k] as string).trim() : '');
  const type = v('type');
  const fields = (TYPES as string[]).includes(type) ? FIELDS_BY_TYPE[type as FormRequesterType] : ALL_REQUESTER_FIELDS;
  const regime = v('regime');
  return {
    officeCode: v('officeCode'),
    requester: Object.fromEntries(
      [['type', type] as const, ...fields.map((k) => [k, v(k)] as const)].filter(([, x]) => x !== ''),
    ),
    informationRequested: v('informationRequested'),
    purpose: v('purpose'),
    obtainMethods: list(body.obtainMethods),
    deliveryMethods: list(body.deliveryMethods),
    ...(regime ? { regime } : {}),
    ...(regime === 'election' && v('electionKind') ? { electionKind: v('electionKind') } : {}),
    ...(regime === 'election' && v('electionName') ? { electionName: v('electionName') } : {}),
  };
}
export type PublicFormDto = ReturnType<typeof formToDto>;

const label = (f: string): FormLabel => (FORM_FIELDS as Record<string, FormLabel>)[f] ?? { id: f, en: f };
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A field that is empty or missing: what the citizen is asked to do. */
function requiredMessage(f: string): Msg {
  switch (f) {
    case 'officeCode':
      return msg('Kantor tujuan belum dipilih: pilih kantor KPU yang dituju', 'Choose the office (Kantor tujuan)');
    case 'type':
      return msg('Pilih jenis pemohon', 'Choose the requester type');
    case 'obtainMethods':
      return msg(
        'Pilih paling sedikit satu cara memperoleh informasi',
        'Choose at least one way to obtain the information',
      );
    case 'deliveryMethods':
      return msg('Pilih paling sedikit satu cara mendapatkan salinan', 'Choose at least one way to receive copies');
    case 'phone':
      return msg(
        'Isi nomor telepon atau email, paling sedikit satu',
        'Give a telephone number or an e-mail address, at least one',
      );
    default:
      return msg(`${label(f).id} wajib diisi`, `${label(f).en} is required`);
  }
}

/** A field that holds something the rules do not take (by class-validator's constraint name). */
function invalidMessage(f: string, constraint: string, numbers: string[]): Msg {
  const l = label(f);
  if (constraint === 'maxLength')
    return msg(
      `${l.id} terlalu panjang: paling banyak ${numbers[0]} karakter`,
      `${l.en} is too long: at most ${numbers[0]} characters`,
    );
  switch (f) {
    case 'officeCode':
      return msg('Kantor tujuan tidak dikenal: pilih kantor dari daftar', 'Unknown office: choose one from the list');
    case 'nik':
      return msg('NIK harus 16 angka, seperti pada KTP', 'The NIK must be 16 digits, as on the ID card');
    case 'phone':
      return msg(
        'Nomor telepon hanya berisi angka, spasi, +, - dan tanda kurung (6–30 karakter)',
        'A telephone number holds digits, spaces, +, - and brackets (6–30 characters)',
      );
    case 'email':
      return msg('Email tidak valid, contoh: nama@contoh.id', 'Not a valid e-mail address, e.g. name@example.id');
    case 'obtainMethods':
    case 'deliveryMethods':
    case 'type':
    case 'regime':
    case 'electionKind':
      return msg(`${l.id}: pilih dari pilihan yang ada`, `${l.en}: choose from the options given`);
    default:
      return msg(`${l.id} tidak valid`, `${l.en} is not valid`);
  }
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

function walk(errors: ValidationError[], out: { field: string; constraint: string; en: string }[], prefix = '') {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const [first] = Object.entries(e.constraints ?? {});
    if (first) out.push({ field, constraint: first[0], en: first[1] });
    if (e.children?.length) walk(e.children, out, field);
  }
}

/** The form's field key of a server field key (`requester.name` → `name`). */
export const formField = (serverKey: string): string => serverKey.replace(/^requester\./, '');

/**
 * Every problem of the form, by field key, in the citizen's words: the DTO's rules (class-validator), then the
 * identity rules of the requester type (RequestersService.checkIdentity), and whether the office exists.
 */
export async function checkPublicForm(dto: PublicFormDto, officeExists: boolean): Promise<Record<string, Msg>> {
  const errors = await validate(plainToInstance(PublicRequestDto, dto), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  const flat: { field: string; constraint: string; en: string }[] = [];
  walk(errors, flat);
  const value = (f: string): unknown =>
    f in dto ? (dto as Record<string, unknown>)[f] : (dto.requester as Record<string, unknown>)[f];
  const out: Record<string, Msg> = {};
  for (const { field, constraint, en } of flat) {
    const f = formField(field);
    if (out[f] || f === 'requester') continue;
    out[f] = isEmpty(value(f)) ? requiredMessage(f) : invalidMessage(f, constraint, en.match(/\d+/g) ?? []);
  }
  if (!out.officeCode && !officeExists) out.officeCode = invalidMessage('officeCode', 'exists', []);
  if (!out.type && (TYPES as string[]).includes(String(dto.requester.type))) {
    const identity = RequestersService.checkIdentity(dto.requester.type as FormRequesterType, dto.requester);
    for (const [f, m] of Object.entries(identity)) {
      if (out[f]) continue;
      if (f === 'phone' || isEmpty(value(f))) out[f] = requiredMessage(f);
      else out[f] = msg(cap(m.id), cap(m.en)); // NIK: the check's own reason (date of birth, serial)
    }
  }
  return order(out);
}

/** The problems in the order of the form. */
function order(fields: Record<string, Msg>): Record<string, Msg> {
  const keys = Object.keys(FORM_FIELDS);
  const rank = (k: string) => (keys.includes(k) ? keys.indexOf(k) : keys.length);
  return Object.fromEntries(Object.entries(fields).sort(([a], [b]) => rank(a) - rank(b)));
}

/** The problems a server error named by its own field keys, in the citizen's words (a message already plain stays). */
export function humanizeFields(fields: Record<string, Msg>, dto: PublicFormDto): Record<string, Msg> {
  const out: Record<string, Msg> = {};
  for (const [key, m] of Object.entries(fields)) {
    const f = formField(key);
    const codeLike = m.id.startsWith(key) || m.id.startsWith(f + ' ');
    const value = f in dto ? (dto as Record<string, unknown>)[f] : (dto.requester as Record<string, unknown>)[f];
    out[f] = !codeLike ? msg(cap(m.id), cap(m.en)) : isEmpty(value) ? requiredMessage(f) : invalidMessage(f, '', []);
  }
  return order(out);
}

/** The message above the form: what was not sent, naming the fields by their labels. */
export function summaryMessage(fields: Record<string, Msg>): Msg {
  const names = Object.keys(fields).map(label);
  return msg(
    `Permohonan belum terkirim. Periksa: ${names.map((n) => n.id).join(', ')}.`,
    `The request was not sent. Please check: ${names.map((n) => n.en).join(', ')}.`,
  );
}

/** An office as the search step reads it. */
export interface OfficeRow {
  id: number;
  code: string;
  name: string;
  level: string;
  path: string;
  city?: string | null;
}

const words = (s: string) => s.toLowerCase().normalize('NFKD').replace(/\s+/g, ' ').trim();
const provinceShort = (name: string) => name.replace(/^KPU\s+Provinsi\s+/i, '');

/**
 * The offices of the form, narrowed by the search step: `provinsi` (a province office's code) keeps that province and
 * its regencies and cities, `cari` keeps the offices whose name, code or city holds the text. Grouped by province,
 * the national office first. Nothing found: every office, and `noMatch`.
 */
export function narrowOffices(
  all: readonly OfficeRow[],
  provinsi: string,
  cari: string,
): { offices: FormOffice[]; provinces: { code: string; name: string }[]; noMatch: boolean } {
  const byId = new Map(all.map((o) => [o.id, o]));
  const provinceOf = (o: OfficeRow): OfficeRow | undefined =>
    o.level === 'province'
      ? o
      : o.path
          .split('/')
          .filter(Boolean)
          .map((id) => byId.get(Number(id)))
          .find((a) => a?.level === 'province');
  const provinces = all
    .filter((o) => o.level === 'province')
    .sort((a, b) => provinceShort(a.name).localeCompare(provinceShort(b.name), 'id'));
  const group = (o: OfficeRow) => {
    const p = provinceOf(o);
    return p ? provinceShort(p.name) : 'Pusat';
  };
  const sortKey = (o: OfficeRow) => {
    const p = provinceOf(o);
    return [p ? 1 : 0, p ? provinceShort(p.name) : '', o.level === 'province' ? 0 : 1, o.name] as const;
  };
  const sorted = [...all].sort((a, b) => {
    const x = sortKey(a);
    const y = sortKey(b);
    for (let i = 0; i < x.length; i++) {
      const c =
        typeof x[i] === 'number' ? (x[i] as number) - (y[i] as number) : String(x[i]).localeCompare(String(y[i]), 'id');
      if (c) return c;
    }
    return 0;
  });
  const province = provinsi ? provinces.find((p) => p.code === provinsi) : undefined;
  const text = words(cari);
  let found = sorted;
  if (province) found = found.filter((o) => provinceOf(o)?.id === province.id);
  if (text) found = found.filter((o) => [o.name, o.code, o.city ?? ''].some((s) => words(s).includes(text)));
  const searched = !!(provinsi || text);
  const noMatch = searched && found.length === 0;
  return {
    offices: (noMatch ? sorted : found).map((o) => ({ code: o.code, name: o.name, group: group(o) })),
    provinces: provinces.map((p) => ({ code: p.code, name: provinceShort(p.name) })),
    noMatch,
  };
}
