import type { Response } from 'express';
import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Errors } from './errors';

/** ra-data-simple-rest list query: `?filter={json}&sort=["field","ASC"]&range=[0,24]`. */
export interface RawListQuery {
  filter?: string;
  sort?: string;
  range?: string;
  /** a narrower row the list offers (ListSpec.views), e.g. `list`: what the console's list page shows */
  view?: string;
}

export interface ListQuery {
  filter: Record<string, unknown>;
  sort: { field: string; order: 'ASC' | 'DESC' };
  offset: number;
  limit: number;
  /** one of the spec's views, when asked for */
  view?: string;
}

export interface ListSpec {
  /** sortable field → SQL expression (alias.column) */
  sortable: Record<string, string>;
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  /** filter keys allowed; anything else is a 400 naming the key */
  filters: readonly string[];
  maxPageSize?: number;
  /** the narrower rows the list offers besides its whole records (`?view=`); none: the parameter is refused */
  views?: readonly string[];
}

function parseJson(name: string, raw: string | undefined): unknown {
  if (raw === undefined || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw Errors.field(name, `${name} harus berupa JSON yang valid`, `${name} must be valid JSON`);
  }
}

export function parseListQuery(q: RawListQuery, spec: ListSpec): ListQuery {
  for (const key of Object.keys(q)) {
    if (!['filter', 'sort', 'range', ...(spec.views ? ['view'] : [])].includes(key))
      throw Errors.field(key, `parameter ${key} tidak dikenal`, `unknown query parameter ${key}`);
    if (typeof (q as Record<string, unknown>)[key] !== 'string')
      throw Errors.field(key, `${key} hanya boleh diberikan sekali`, `${key} may be given only once`);
  }
  const filterRaw = parseJson('filter', q.filter) ?? {};
  if (typeof filterRaw !== 'object' || filterRaw === null || Array.isArray(filterRaw))
    throw Errors.field('filter', 'filter harus berupa objek JSON', 'filter must be a JSON object');
  const filter = filterRaw as Record<string, unknown>;
  for (const key of Object.keys(filter)) {
    if (!spec.filters.includes(key))
      throw Errors.field(`filter.${key}`, `filter ${key} tidak dikenal`, `unknown filter ${key}`);
  }

  let sort = spec.defaultSort;
  const sortRaw = parseJson('sort', q.sort);
  if (sortRaw !== undefined) {
    if (
      !Array.isArray(sortRaw) ||
      sortRaw.length !== 2 ||
      typeof sortRaw[0] !== 'string' ||
      !['ASC', 'DESC'].includes(String(sortRaw[1]).toUpperCase())
    )
      throw Errors.field(
        'sort',
        'sort harus berbentuk ["kolom","ASC"|"DESC"]',
        'sort must look like ["field","ASC"|"DESC"]',
      );
    if (!(sortRaw[0] in spec.sortable))
      throw Errors.field('sort', `tidak dapat mengurutkan menurut ${sortRaw[0]}`, `cannot sort by ${sortRaw[0]}`);
    sort = { field: sortRaw[0], order: String(sortRaw[1]).toUpperCase() as 'ASC' | 'DESC' };
  }

  const max = spec.maxPageSize ?? 100;
  let offset = 0;
  let limit = 25;
  const rangeRaw = parseJson('range', q.range);
  if (rangeRaw !== undefined) {
    if (
      !Array.isArray(rangeRaw) ||
      rangeRaw.length !== 2 ||
      !rangeRaw.every((n) => Number.isSafeInteger(n) && n >= 0) ||
      rangeRaw[1] < rangeRaw[0]
    )
      throw Errors.field(
        'range',
        'range harus berbentuk [awal, akhir] dengan bilangan bulat ≥ 0',
        'range must look like [start, end] with integers ≥ 0',
      );
    offset = rangeRaw[0];
    limit = rangeRaw[1] - rangeRaw[0] + 1;
    if (limit > max)
      throw Errors.field('range', `paling banyak ${max} baris per halaman`, `at most ${max} rows per page`);
  } else if (Array.isArray(filter.id)) {
    // react-admin's getMany sends ids without a range: answer all of them (idFilter caps the list at 1000)
    limit = Math.max(limit, filter.id.length);
  }
  const view = q.view;
  if (view !== undefined && !spec.views?.includes(view))
    throw Errors.field(
      'view',
      `view harus salah satu dari: ${spec.views?.join(', ')}`,
      `view must be one of: ${spec.views?.join(', ')}`,
    );
  return { filter, sort, offset, limit, ...(view === undefined ? {} : { view }) };
}

/** Applies sort (with id as tie-breaker for stable pages) and range. */
export function applySortAndRange<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  lq: ListQuery,
  spec: ListSpec,
  idExpr: string,
): SelectQueryBuilder<T> {
  qb.orderBy(spec.sortable[lq.sort.field], lq.sort.order);
  if (spec.sortable[lq.sort.field] !== idExpr) qb.addOrderBy(idExpr, lq.sort.order);
  return qb.offset(lq.offset).limit(lq.limit);
}

/** The page of a filtered query's rows that the list query asks for, and the total (see totalOf). */
export async function listPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  lq: ListQuery,
  spec: ListSpec,
  idExpr: string,
): Promise<{ items: T[]; total: number }> {
  const counting = qb.clone();
  const items = await applySortAndRange(qb, lq, spec, idExpr).getMany();
  return { items, total: await totalOf(lq, items.length, () => counting.getCount()) };
}

/**
 * A list's total beside its page, read first: a page shorter than asked for ends the list, so its offset and length
 * are the total without a COUNT (a search at a busy office cost its LIKE scan twice, the count's and the page's); a
 * full page, or an empty one past the start, says nothing of where the list ends, so it is counted.
 */
export async function totalOf(lq: ListQuery, pageLength: number, count: () => Promise<number>): Promise<number> {
  if (pageLength < lq.limit && (pageLength > 0 || lq.offset === 0)) return lq.offset + pageLength;
  return count();
}

/** The filters of a list query, each read by its name and checked as its kind (a 400 names the filter otherwise). */
export function listFilters(lq: ListQuery) {
  const f = lq.filter;
  return {
    /** `filter.id` (react-admin's getMany) */
    ids: () => idFilter(f.id),
    string: (name: string, maxLength?: number) => stringFilter(name, f[name], maxLength),
    /** one text or a list of them */
    strings: (name: string, maxLength?: number): string[] | undefined => {
      const v = f[name];
      return v === undefined ? undefined : (Array.isArray(v) ? v : [v]).map((s) => stringFilter(name, s, maxLength)!);
    },
    int: (name: string) => intFilter(name, f[name]),
    year: (name: string) => yearFilter(name, f[name]),
    bool: (name: string) => boolFilter(name, f[name]),
    date: (name: string) => dateFilter(name, f[name]),
  };
}

/** `filter.id` as used by react-admin's getMany: a number or an array of numbers. */
export function idFilter(value: unknown): number[] | undefined {
  if (value === undefined) return undefined;
  const arr = Array.isArray(value) ? value : [value];
  const ids = arr.map((v) => Number(v));
  if (!ids.every((n) => Number.isSafeInteger(n) && n > 0) || ids.length > 1000)
    throw Errors.field('filter.id', 'id harus bilangan bulat positif', 'id must be positive integers');
  return ids;
}

export function stringFilter(name: string, value: unknown, maxLength = 200): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' && typeof value !== 'number')
    throw Errors.field(`filter.${name}`, `${name} harus berupa teks`, `${name} must be text`);
  const s = String(value);
  if (s.length > maxLength)
    throw Errors.field(
      `filter.${name}`,
      `${name} paling banyak ${maxLength} karakter`,
      `${name} must be at most ${maxLength} characters`,
    );
  return s;
}

export function intFilter(name: string, value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n))
    throw Errors.field(`filter.${name}`, `${name} harus bilangan bulat`, `${name} must be an integer`);
  return n;
}

/** A calendar year, 1000–9999 (the calendar has no day before year 100, and a year 0 is no date at all). */
export function yearFilter(name: string, value: unknown): number | undefined {
  const n = intFilter(name, value);
  if (n !== undefined && (n < 1000 || n > 9999))
    throw Errors.field(`filter.${name}`, `${name} harus tahun 1000–9999`, `${name} must be a year 1000–9999`);
  return n;
}

export function boolFilter(name: string, value: unknown): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw Errors.field(`filter.${name}`, `${name} harus true atau false`, `${name} must be true or false`);
}

export function dateFilter(name: string, value: unknown): string | undefined {
  const s = stringFilter(name, value, 10);
  if (s === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(`${s}T00:00:00Z`)))
    throw Errors.field(`filter.${name}`, `${name} harus tanggal YYYY-MM-DD`, `${name} must be a date YYYY-MM-DD`);
  return s;
}

/**
 * A LIKE pattern for "contains q" with the wildcards of q escaped, so a search for "50%" finds "50%".
 * The escape character is "!" because a backslash means different things in MySQL and SQLite literals.
 */
export function containsPattern(q: string): string {
  return `%${q.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/**
 * "Any of the columns contains q", whatever the case: LIKE is case-insensitive on its own in both databases (MySQL and
 * MariaDB by the columns' _ci collation, every letter; SQLite for ASCII, as its LOWER() is), so the columns are not
 * lowered first — a copy of every value of a busy office's requests for each search.
 */
export function likeContains(
  qb: SelectQueryBuilder<ObjectLiteral>,
  columns: string[],
  q: string,
  param = 'q',
  /** other conditions, any of which also lets a row in (each may use the pattern as `:param`) */
  or: string[] = [],
): void {
  const pattern = containsPattern(q);
  qb.andWhere(
    new Brackets((w) => {
      for (const c of columns) w.orWhere(`${c} LIKE :${param} ESCAPE '!'`, { [param]: pattern });
      for (const condition of or) w.orWhere(condition, { [param]: pattern });
    }),
  );
}

/** Sets `Content-Range: <resource> <start>-<end>/<total>` as react-admin expects. */
export function setContentRange(res: Response, resource: string, lq: ListQuery, count: number, total: number): void {
  const end = count === 0 ? lq.offset : lq.offset + count - 1;
  res.setHeader('Content-Range', `${resource} ${lq.offset}-${end}/${total}`);
}

/** A list's answer: the page of rows, with their place in the total in `Content-Range`. */
export function listAnswer<T>(
  res: Response,
  resource: string,
  lq: ListQuery,
  page: { items: T[]; total: number },
): T[] {
  setContentRange(res, resource, lq, page.items.length, page.total);
  return page.items;
}
