import { ArgumentMetadata, HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError } from './errors';
import { Msg, msg } from './i18n';

/** Indonesian templates for class-validator constraints; numbers are taken from the English default message. */
const ID_TEMPLATES: Record<string, (f: string, n: string[]) => string> = {
  isDefined: (f) => `${f} wajib diisi`,
  isNotEmpty: (f) => `${f} wajib diisi`,
  isString: (f) => `${f} harus berupa teks`,
  isInt: (f) => `${f} harus berupa bilangan bulat`,
  isNumber: (f) => `${f} harus berupa angka`,
  isBoolean: (f) => `${f} harus bernilai true atau false`,
  isArray: (f) => `${f} harus berupa daftar`,
  isEmail: (f) => `${f} harus berupa alamat email yang valid`,
  isIn: (f) => `${f} berisi nilai yang tidak dikenal`,
  isEnum: (f) => `${f} berisi nilai yang tidak dikenal`,
  maxLength: (f, n) => `${f} paling banyak ${n[0]} karakter`,
  minLength: (f, n) => `${f} paling sedikit ${n[0]} karakter`,
  length: (f, n) => `${f} harus ${n[0]}–${n[1]} karakter`,
  min: (f, n) => `${f} paling kecil ${n[0]}`,
  max: (f, n) => `${f} paling besar ${n[0]}`,
  matches: (f) => `${f} formatnya tidak sesuai`,
  isDateString: (f) => `${f} harus berupa tanggal (YYYY-MM-DD)`,
  isISO8601: (f) => `${f} harus berupa tanggal (YYYY-MM-DD)`,
  arrayNotEmpty: (f) => `${f} tidak boleh kosong`,
  arrayMinSize: (f, n) => `${f} paling sedikit berisi ${n[0]} butir`,
  arrayMaxSize: (f, n) => `${f} paling banyak berisi ${n[0]} butir`,
  arrayUnique: (f) => `${f} tidak boleh berisi nilai ganda`,
  whitelistValidation: (f) => `isian ${f} tidak dikenal`,
  nestedValidation: (f) => `${f} tidak valid`,
  isObject: (f) => `${f} harus berupa objek`,
  isUrl: (f) => `${f} harus berupa URL yang valid`,
  isTimeZone: (f) => `${f} bukan zona waktu yang dikenal`,
  isNumberString: (f) => `${f} harus berisi angka`,
  isPositive: (f) => `${f} harus lebih besar dari 0`,
};

/** Type and presence errors first: "must be text" says more than "too long" about a number. */
const FIRST = [
  'whitelistValidation',
  'isDefined',
  'isNotEmpty',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'isIn',
  'isEnum',
];
const priority = (key: string) => {
  const i = FIRST.indexOf(key);
  return i === -1 ? FIRST.length : i;
};

function flatten(errors: ValidationError[], prefix = ''): Array<{ field: string; key: string; en: string }> {
  const out: Array<{ field: string; key: string; en: string }> = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const entries = Object.entries(e.constraints ?? {}).sort(([a], [b]) => priority(a) - priority(b));
    for (const [key, en] of entries) out.push({ field, key, en });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

export function translateConstraint(field: string, key: string, en: string): Msg {
  const nums = en.match(/\d+/g) ?? [];
  const tpl = ID_TEMPLATES[key];
  return msg(tpl ? tpl(field, nums) : `${field} tidak valid (${en})`, en);
}

export function validationErrorToAppError(errors: ValidationError[]): AppError {
  const fields: Record<string, Msg> = {};
  for (const { field, key, en } of flatten(errors)) {
    if (!fields[field]) fields[field] = translateConstraint(field, key, en);
  }
  const names = Object.keys(fields);
  return new AppError(
    HttpStatus.BAD_REQUEST,
    msg(`Isian tidak valid: ${names.join(', ')}`, `Invalid input: ${names.join(', ')}`),
    fields,
  );
}

/**
 * Path parameters stay as sent: the global pipe runs before IdPipe, and converting `:id` to a Number first made
 * " 1", "1e3" and "0x10" pass as ids 1, 1000 and 16.
 */
class AppValidationPipe extends ValidationPipe {
  protected transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }

  /** A validator (validator.js: IsEmail, length checks) throws URIError on text with a lone surrogate: a 400, not a 500. */
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // a list where the route takes one record (a DTO class): name the body, not the record's fields one by one
    if (metadata.type === 'body' && Array.isArray(value) && isRecordDto(metadata.metatype))
      throw new AppError(HttpStatus.BAD_REQUEST, msg('Isian tidak valid: body', 'Invalid input: body'), {
        body: msg('isi permintaan harus berupa objek JSON, bukan daftar', 'the body must be a JSON object, not a list'),
      });
    try {
      return await super.transform(value, metadata);
    } catch (e) {
      if (!(e instanceof URIError)) throw e;
      const names = brokenUnicodeFields(value);
      const why = msg('teks berisi karakter Unicode yang rusak', 'the text holds broken Unicode (a lone surrogate)');
      throw new AppError(
        HttpStatus.BAD_REQUEST,
        msg(`Isian tidak valid: ${names.join(', ')}`, `Invalid input: ${names.join(', ')}`),
        Object.fromEntries(names.map((n) => [n, why])),
      );
    }
  }
}

/** A DTO class (not a built-in such as Array, Object, String) as a route's `@Body()` type. */
const isRecordDto = (metatype: ArgumentMetadata['metatype']): boolean =>
  typeof metatype === 'function' && ![Array, Object, String, Number, Boolean].includes(metatype as never);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const holdsBrokenText = (v: unknown): boolean =>
  typeof v === 'string'
    ? LONE_SURROGATE.test(v)
    : v !== null && typeof v === 'object' && Object.values(v).some(holdsBrokenText);

/** The top-level fields whose text (at any depth) is not well-formed Unicode; 'body' when none can be named. */
function brokenUnicodeFields(value: unknown): string[] {
  const names =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.keys(value).filter((k) => holdsBrokenText((value as Record<string, unknown>)[k]))
      : [];
  return names.length ? names : ['body'];
}

/** Unknown fields are rejected; payloads are converted to DTO instances. */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationErrorToAppError(errors),
  });
}
