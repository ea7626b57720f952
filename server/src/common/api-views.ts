import { applyDecorators, Type } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiPropertyOptions,
  ApiResponse,
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
export const ApiList = (type: Type<unknown>) =>
  ApiOkResponse({
    type: [type],
    headers: {
      'Content-Range': {
        description: '`<resource> <first>-<last>/<total>`, e.g. `requests 0-24/319`',
        schema: { type: 'string' },
      },
    },
  });

/** A file answer (a PDF, a workbook…): the bytes, with Content-Disposition. */
export const ApiFile = (mime: string, status = 200) =>
  applyDecorators(
    ApiProduces(mime),
    ApiResponse({ status, description: mime, content: { [mime]: { schema: { type: 'string', format: 'binary' } } } }),
  );
