import { applyDecorators } from '@nestjs/common';
import type { ApiPropertyOptions } from '@nestjs/swagger';
import { Column, ColumnOptions, PrimaryGeneratedColumn } from 'typeorm';
import { Nullable, Prop } from './api-views';

/*
 * An entity column and its OpenAPI property in one decorator, so that a column reads as one line:
 * `@Col.int({ nullable: true }) cost: number | null;`. The column options are exactly those TypeORM is given
 * (the migrations define the schema; the migrations test compares it with these), and the property is `@Prop` or,
 * for a nullable column, `@Nullable`, of the type the column maps to.
 */

export interface ColOptions {
  nullable?: true;
  default?: string | number | boolean;
  /** part of the primary key (a table keyed by two columns, or by a natural key) */
  primary?: true;
  /** the values the property may take, and the schema name the API gives them */
  enum?: readonly string[];
  enumName?: string;
  /** any other OpenAPI option of the property */
  api?: ApiPropertyOptions;
}

type ApiType = ApiPropertyOptions['type'];

function column(type: ColumnOptions['type'], apiType: ApiType, o: ColOptions = {}, length?: number) {
  const { nullable, default: def, primary, enum: values, enumName, api } = o;
  const options: ColumnOptions = { type };
  if (length !== undefined) options.length = length;
  if (nullable) options.nullable = true;
  if (def !== undefined) options.default = def;
  if (primary) options.primary = true;
  const prop = { ...api, ...(values && { enum: values as unknown as string[] }), ...(enumName && { enumName }) };
  return applyDecorators(Column(options), (nullable ? Nullable : Prop)(apiType, prop as ApiPropertyOptions));
}

export const Col = {
  /** the generated primary key */
  id: () => applyDecorators(PrimaryGeneratedColumn(), Prop(Number)),
  int: (o?: ColOptions) => column('int', Number, o),
  varchar: (length: number, o?: ColOptions) => column('varchar', String, o, length),
  text: (o?: ColOptions) => column('text', String, o),
  /** a calendar day, `YYYY-MM-DD` (a deadline, a holiday), in the office's time zone */
  date: (o?: ColOptions) => column('date', String, o),
  /** an instant, stored as a UTC DATETIME */
  instant: (o?: ColOptions) => column('datetime', Date, o),
  bool: (o?: ColOptions) => column('boolean', Boolean, o),
  /** a list of short codes, comma-separated */
  list: (o?: ColOptions) => column('simple-array', [String], o),
  /** a JSON value */
  json: (o?: ColOptions) => column('simple-json', 'object', { ...o, api: { additionalProperties: true, ...o?.api } }),
};
