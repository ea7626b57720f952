import jsonExport from 'jsonexport/dist/index.js';
import type { DataProvider, SortPayload } from 'react-admin';

/*
 * The console's one exporter (issue 18.3): every list exports the rows matching its current filters as CSV or XLSX,
 * with the column headers in the console's language, calendar dates as dd/mm/yyyy (instants in the office's zone),
 * codes as their labels, and only the columns the list itself shows (no secrets, no NIK the list does not show).
 */

export type ExportFormat = 'csv' | 'xlsx';
export type Cell = string | number | null;

/** How a column turns a record's value into words: set up once per export with the console's language and zone. */
export interface ExportText {
  /** the console's language ('id' or 'en') */
  locale: string;
  /** a message in the console's language */
  t(key: string, options?: object): string;
  /** a code as its label (`${group}.${code}`), the code itself when no label exists */
  label(group: string, code: unknown): string;
  /** 'YYYY-MM-DD' (a calendar date) or an instant (its day in the office's zone) as dd/mm/yyyy */
  date(value: unknown): string;
  /** an instant as dd/mm/yyyy HH:mm in the office's zone */
  dateTime(value: unknown): string;
  /** true/false as Ya/Tidak */
  yesNo(value: unknown): string;
  /** a field of a referenced record (the spec's `related`, fetched once per export), e.g. a unit's name */
  ref(reference: string, id: unknown, field: string): Cell;
  /** the referenced records, by resource and id (filled by the exporter from the spec's `related`) */
  refs: Map<string, Record<string, Record<string, unknown>>>;
}

export interface ExportColumn<T> {
  /** i18n key of the header (the list's own field label) */
  header: string;
  value: (record: T, text: ExportText) => Cell | undefined;
}

export interface ExportSpec<T> {
  /** the file's base name, e.g. 'permohonan' (the date and the extension are added) */
  file: string;
  columns: ExportColumn<T>[];
  /** records the list shows through a ReferenceField, fetched with react-admin's fetchRelatedRecords */
  related?: { source: string; reference: string }[];
}

/** Declares a list's export with its record type checked. */
export const exportSpec = <T>(spec: ExportSpec<T>): ExportSpec<unknown> => spec as ExportSpec<unknown>;

const pad = (n: number) => String(n).padStart(2, '0');

function zonedParts(value: unknown, timeZone: string): Record<string, string> | null {
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) return null;
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(date);
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = format(timeZone || 'Asia/Jakarta');
  } catch {
    parts = format('Asia/Jakarta');
  }
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

export function exportText(
  translate: (key: string, options?: object) => string,
  timeZone: string,
  locale = 'id',
): ExportText {
  const refs: ExportText['refs'] = new Map();
  return {
    locale,
    t: (key, options) => translate(key, { _: key, ...options }),
    label: (group, code) =>
      code === null || code === undefined || code === '' ? '' : translate(`${group}.${code}`, { _: String(code) }),
    date(value) {
      if (value === null || value === undefined || value === '') return '';
      const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
      if (day) return `${day[3]}/${day[2]}/${day[1]}`;
      const p = zonedParts(value, timeZone);
      return p ? `${p.day}/${p.month}/${p.year}` : String(value);
    },
    dateTime(value) {
      if (value === null || value === undefined || value === '') return '';
      const p = zonedParts(value, timeZone);
      return p ? `${p.day}/${p.month}/${p.year} ${pad(Number(p.hour))}:${p.minute}` : String(value);
    },
    refs,
    ref(reference, id, field) {
      if (id === null || id === undefined) return null;
      const value = refs.get(reference)?.[String(id)]?.[field];
      return value === null || value === undefined ? null : String(value);
    },
    yesNo: (value) =>
      value === null || value === undefined ? '' : translate(value ? 'ra.boolean.true' : 'ra.boolean.false'),
  };
}

/** The export as a table: translated headers and one row of cells per record. */
export function exportTable<T>(
  spec: ExportSpec<T>,
  records: readonly T[],
  text: ExportText,
): { headers: string[]; rows: Cell[][] } {
  const headers = spec.columns.map((c) => text.t(c.header));
  const rows = records.map((record) => spec.columns.map((c) => c.value(record, text) ?? null));
  return { headers, rows };
}

/** The CSV text (jsonexport, as react-admin's own exporter uses), with a BOM so spreadsheet programs read UTF-8. */
export async function toCsv(headers: string[], rows: Cell[][]): Promise<string> {
  // jsonexport keys its columns by name: the headers are unique labels, in the list's order
  const objects = rows.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? ''])));
  const csv = await new Promise<string>((resolve, reject) =>
    jsonExport(objects, { headers }, (error, text) => (error ? reject(error) : resolve(text))),
  );
  return `\ufeff${objects.length ? csv : headers.join(',')}`;
}

/** The XLSX workbook (exceljs, loaded only when a user exports: the sign-in page does not carry it). */
export async function toXlsx(sheetName: string, headers: string[], rows: Cell[][]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lentera';
  // a sheet name holds at most 31 characters and none of []:*?/\
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Data');
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(headers[i].length, ...rows.map((r) => String(r[i] ?? '').length));
    column.width = Math.min(60, Math.max(10, longest + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** The API answers at most this many rows a page. */
export const EXPORT_PAGE = 100;
/** An export stops here (a list this long is a register: the register's own workbook is the way). */
export const EXPORT_MAX_ROWS = 10_000;

/**
 * Every row matching the list's filters, page by page (the API answers 100 rows at most a page; react-admin's own
 * ExportButton asks for 1000 at once), in the list's sort order.
 */
export async function fetchAllRows<T>(
  dataProvider: DataProvider,
  resource: string,
  filter: Record<string, unknown>,
  sort: SortPayload,
  max = EXPORT_MAX_ROWS,
): Promise<{ data: T[]; total: number }> {
  const data: T[] = [];
  let total = Infinity;
  for (let page = 1; data.length < Math.min(total, max); page++) {
    const answer = await dataProvider.getList(resource, { filter, sort, pagination: { page, perPage: EXPORT_PAGE } });
    total = answer.total ?? answer.data.length;
    data.push(...(answer.data as T[]));
    if (answer.data.length < EXPORT_PAGE) break;
  }
  return { data: data.slice(0, max), total };
}
