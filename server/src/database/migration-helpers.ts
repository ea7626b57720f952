import { TableColumnOptions } from 'typeorm';

type Extra = Partial<TableColumnOptions> & { nullable?: boolean };

/** Column builders for migrations that must produce the same schema on MySQL/MariaDB and SQLite. */
export const col = {
  id: (name = 'id'): TableColumnOptions => ({
    name,
    type: 'integer',
    isPrimary: true,
    isGenerated: true,
    generationStrategy: 'increment',
  }),
  int: (name: string, extra: Extra = {}): TableColumnOptions => ({
    name,
    type: 'integer',
    isNullable: false,
    ...fixDefault(extra),
  }),
  bigint: (name: string, extra: Extra = {}): TableColumnOptions => ({
    name,
    type: 'bigint',
    isNullable: false,
    ...fixDefault(extra),
  }),
  varchar: (name: string, length: number, extra: Extra = {}): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    isNullable: false,
    ...fixDefault(extra),
  }),
  text: (name: string, extra: Extra = {}): TableColumnOptions => ({
    name,
    type: 'text',
    isNullable: false,
    ...fixDefault(extra),
  }),
  bool: (name: string, extra: Extra = {}): TableColumnOptions => ({
    name,
    type: 'boolean',
    isNullable: false,
    ...fixDefault(extra),
  }),
  datetime: (name: string, extra: Extra = {}): TableColumnOptions => ({
    name,
    type: 'datetime',
    isNullable: false,
    ...fixDefault(extra),
  }),
  date: (name: string, extra: Extra = {}): TableColumnOptions => ({
    name,
    type: 'date',
    isNullable: false,
    ...fixDefault(extra),
  }),
};

function fixDefault(extra: Extra): Partial<TableColumnOptions> {
  const { nullable, ...rest } = extra;
  const out: Partial<TableColumnOptions> = { ...rest };
  if (nullable !== undefined) out.isNullable = nullable;
  if (typeof out.default === 'boolean') out.default = out.default ? 1 : 0;
  return out;
}
