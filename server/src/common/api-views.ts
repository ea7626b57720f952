import { applyDecorators, Type } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiPropertyOptions,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';

/*
 * Response DTOs: the classes the OpenAPI document describes answers with (`@ApiOkResponse({ type: X })`), from which
 * the console's types are generated (npm run api:types → admin/src/api/schema.d.ts). They declare shapes only.
 */

type PropType = ApiPropertyOptions['type'];

/** A named enum becomes its own schema only when no scalar type is given beside it. */
const options = (type: PropType, o: ApiPropertyOptions): ApiPropertyOptions =>
  ('enumName' in o && o.enumName && !Array.isArray(type) ? { ...o } : { type, ...o }) as ApiPropertyOptions;

/** A required property of the given type (`[X]` for a list). */
export const Prop = (type: PropType, o: ApiPropertyOptions = {}) => ApiProperty(options(type, o));
/** A required property that may be null. */
export const Nullable = (type: PropType, o: ApiPropertyOptions = {}) =>
  ApiProperty({ ...options(type, o), nullable: true } as ApiPropertyOptions);
/** A property some answers leave out (a detail-only part, say). */
export const Opt = (type: PropType, o: ApiPropertyOptions = {}) => ApiPropertyOptional(options(type, o));
/** A free-form JSON object. */
export const JsonObject = (o: ApiPropertyOptions = {}) =>
  ApiProperty({ type: 'object', additionalProperties: true, ...o } as ApiPropertyOptions);

/**
 * A record keyed by a catalogue's names (the rule keys, the regimes…): a schema `name` with one required property per
 * key, each of `type`.
 */
export function Keyed<K extends string, V>(name: string, keys: readonly K[], type: PropType): Type<Record<K, V>> {
  const cls = class {};
  Object.defineProperty(cls, 'name', { value: name });
  for (const k of keys) Prop(type)(cls.prototype, k);
  return cls as Type<Record<K, V>>;
}

/** A text in both languages of the console. */
export class Bilingual {
  @Prop(String) id: string;
  @Prop(String) en: string;
}

/** A dated name: a day a clock skipped (a holiday or a weekend), a holiday added. */
export class NamedDate {
  @Prop(String) date: string;
  @Prop(String) name: string;
}

/** A list answer: the rows, and their total in `Content-Range` (react-admin's simple-REST convention). */
export const ApiList = (type: Type<unknown>, ...alternatives: Type<unknown>[]) => {
  const headers = {
    'Content-Range': {
      description: '`<resource> <first>-<last>/<total>`, e.g. `requests 0-24/319`',
      schema: { type: 'string' },
    },
  };
  if (!alternatives.length) return ApiOkResponse({ type: [type], headers });
  // a list that also answers narrower rows (`?view=`): each row is one of the kinds
  return applyDecorators(
    ApiExtraModels(type, ...alternatives),
    ApiOkResponse({
      schema: { type: 'array', items: { anyOf: [type, ...alternatives].map((t) => ({ $ref: getSchemaPath(t) })) } },
      headers,
    }),
  );
};

/** A file answer (a PDF, a workbook…): the bytes, with Content-Disposition; several types when it may be any of them. */
export const ApiFile = (mime: string | string[], status = 200) => {
  const mimes = Array.isArray(mime) ? mime : [mime];
  const binary = { schema: { type: 'string', format: 'binary' } };
  return applyDecorators(
    ApiProduces(...mimes),
    ApiResponse({
      status,
      description: mimes.join(', '),
      content: Object.fromEntries(mimes.map((m) => [m, binary])),
    }),
  );
};

/** An HTML page answer (a page for people, not for the console). */
export const ApiHtml = (description: string, status = 200) =>
  applyDecorators(
    ApiProduces('text/html'),
    ApiResponse({ status, description, content: { 'text/html': { schema: { type: 'string' } } } }),
  );
