import { Workbook, type Worksheet } from 'exceljs';

/** One column of a register sheet. */
export interface RegisterColumn<R> {
  header: string;
  width: number;
  value: (r: R, i: number) => string | number | Date | null;
  date?: boolean;
  money?: boolean;
  center?: boolean;
}

/** A titled table of counts on the summary sheet ("Ringkasan"). */
export interface RegisterSummaryTable {
  title: string;
  items: Array<[string, number]>;
  /** a "Jumlah" row under the items (not when one row may count in several items) */
  total?: boolean;
}

export interface RegisterWorkbookInput<R> {
  /** the workbook's title, e.g. "Buku Register Permohonan Informasi Publik KPU Kabupaten Lebak" */
  title: string;
  /** the first line of the sheet, e.g. "BUKU REGISTER … — KPU KABUPATEN LEBAK" */
  heading: string;
  /** the table's sheet ("Register" unless named) */
  sheetName?: string;
  periodText: string;
  printedText: string;
  created: Date;
  columns: Array<RegisterColumn<R>>;
  rows: readonly R[];
  /** lines under the table (e.g. the meaning of the objection grounds): a bold first line, then the items */
  legend?: { title: string; lines: string[] };
  /** the "Ringkasan" sheet of counts; a list without one (the DIP) leaves these out */
  summaryTitle?: string;
  summaryWidth?: number;
  summaries?: RegisterSummaryTable[];
  /** bold label/value rows at the end of the summary sheet (a total cost, the disputes) */
  summaryFooter?: Array<{ label: string; value: number; money?: boolean }>;
}

const HEADER_ROW = 4;

function thinBorder() {
  const side = { style: 'thin' as const, color: { argb: 'FF000000' } };
  return { top: side, left: side, bottom: side, right: side };
}

/** A calendar date as an Excel date (midnight UTC, which exceljs writes as the plain day). */
export function excelDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * The one builder of the register workbooks (requests and objections, each regime, and the published DIP): a "Register"
 * sheet (title, period, who printed it, a frozen header row, real dates, an autofilter, printed landscape on one page
 * wide) and a "Ringkasan" sheet of counts. Building it reads nothing and writes nothing.
 */
export async function registerWorkbook<R>(input: RegisterWorkbookInput<R>): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = 'Lentera';
  wb.created = input.created;
  wb.title = input.title;
  const ws = wb.addWorksheet(input.sheetName ?? 'Register', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const columns = input.columns;
  const last = columns.length;
  ws.columns = columns.map((c) => ({ width: c.width }));
  for (const row of [1, 2, 3]) ws.mergeCells(row, 1, row, last);
  ws.getCell(1, 1).value = input.heading;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = input.periodText;
  ws.getCell(2, 1).font = { bold: true, size: 11 };
  ws.getCell(3, 1).value = input.printedText;
  ws.getCell(3, 1).font = { italic: true, size: 9, color: { argb: 'FF555555' } };
  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
    cell.border = thinBorder();
  });
  header.height = 32;
  input.rows.forEach((r, idx) => {
    const row = ws.getRow(HEADER_ROW + 1 + idx);
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = c.value(r, idx);
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: c.center ? 'center' : undefined };
      cell.border = thinBorder();
      if (c.date) cell.numFmt = 'dd/mm/yyyy';
      if (c.money) cell.numFmt = '#,##0';
    });
  });
  ws.views = [
    {
      state: 'frozen',
      xSplit: 2,
      ySplit: HEADER_ROW,
      topLeftCell: `C${HEADER_ROW + 1}`,
      activeCell: `C${HEADER_ROW + 1}`,
    },
  ];
  ws.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW + Math.max(input.rows.length, 1), column: last },
  };
  ws.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
  if (input.legend) legend(ws, HEADER_ROW + Math.max(input.rows.length, 1) + 2, input.legend, Math.min(8, last));
  if (input.summaryTitle) summarySheet(wb, input as RegisterWorkbookInput<R> & { summaryTitle: string });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function summarySheet<R>(wb: Workbook, input: RegisterWorkbookInput<R> & { summaryTitle: string }): void {
  const sum = wb.addWorksheet('Ringkasan');
  sum.columns = [{ width: input.summaryWidth ?? 34 }, { width: 12 }];
  sum.mergeCells(1, 1, 1, 2);
  sum.getCell(1, 1).value = input.summaryTitle;
  sum.getCell(1, 1).font = { bold: true, size: 13 };
  sum.mergeCells(2, 1, 2, 2);
  sum.getCell(2, 1).value = input.periodText;
  let at = 4;
  for (const table of input.summaries ?? []) {
    const h = sum.getRow(at++);
    h.values = [table.title, 'Jumlah'];
    h.eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
      cell.border = thinBorder();
    });
    for (const [name, n] of table.items) {
      const row = sum.getRow(at++);
      row.values = [name, n];
      row.eachCell((cell) => (cell.border = thinBorder()));
    }
    if (table.total !== false) {
      const total = sum.getRow(at++);
      total.values = ['Jumlah', table.items.reduce((s, [, n]) => s + n, 0)];
      total.font = { bold: true };
      total.eachCell((cell) => (cell.border = thinBorder()));
    }
    at++;
  }
  for (const f of input.summaryFooter ?? []) {
    const row = sum.getRow(at++);
    row.values = [f.label, f.value];
    if (f.money) row.getCell(2).numFmt = '#,##0';
    row.font = { bold: true };
  }
}

function legend(ws: Worksheet, from: number, l: { title: string; lines: string[] }, width: number): void {
  let at = from;
  ws.getCell(at, 1).value = l.title;
  ws.getCell(at++, 1).font = { bold: true };
  for (const line of l.lines) {
    ws.mergeCells(at, 1, at, width);
    ws.getCell(at++, 1).value = line;
  }
}
