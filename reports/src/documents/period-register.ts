/**
 * What the registers of a period share (the requests' and the objections' register): the data they are issued from
 * besides their rows, the table's compact style, and the page — A4 landscape, the office and the period under the
 * title, the table, then the summary kept with the signatures.
 */
import { html, raw, type SafeHtml } from '../html.js';
import { dataTable, type TableColumn } from '../components/table.js';
import type { LetterheadOffice } from '../components/letterhead.js';
import type { Signer } from '../components/signature.js';
import { documentPage } from '../layout.js';
import { formatDateId } from '../format.js';

export interface PeriodRegisterData {
  office: LetterheadOffice;
  /** 'YYYY-MM-DD' */
  from: string;
  to: string;
  number: string;
  dateText: string;
  /** null: a DRAF preview, not issued */
  verification: { code: string; url: string } | null;
  /** "Mengetahui, Atasan PPID" (left) and the PPID (right). */
  signers: Signer[];
}

const REGISTER_CSS = `
table.data.register { font-size: 7.2pt; line-height: 1.2; table-layout: fixed; }
table.data.register th { font-size: 7.2pt; padding: 2pt 2pt; }
table.data.register td { padding: 2pt 2pt; overflow-wrap: anywhere; word-break: normal; }
table.data.register .sub { color: #333; font-size: 6.5pt; }
.strong { font-weight: bold; }
.summary { font-size: 10pt; margin-top: 4pt; }
`;

/** The register's table: one row a matter, the header repeated on each page; `emptyText` when the period has none. */
export function registerTable<T>(columns: readonly TableColumn<T>[], rows: readonly T[], emptyText: string): SafeHtml {
  return dataTable(columns, rows, { className: 'register', emptyText });
}

/** "Jumlah permohonan: 12 — dikabulkan 5; …." and, inside the same paragraph, `more`. */
export function countsLine(
  noun: string,
  total: number,
  counts: readonly { label: string; count: number }[],
  more: SafeHtml | string = '',
): SafeHtml {
  return html`<p class="summary"><span class="strong">Jumlah ${noun}: ${total}</span> \u2014
${counts.map((s, i) => html`${i ? '; ' : ''}${s.label.toLowerCase()} ${s.count}`)}.${more}</p>`;
}

/** The register's page: `table` under the title and the period; `closing` (the counts) with the signatures. */
export function periodRegisterPage(
  data: PeriodRegisterData,
  parts: { title: string; table: SafeHtml; closing: SafeHtml; extraCss?: string },
): Promise<string> {
  return documentPage({
    title: parts.title,
    subtitle: `${data.office.name} \u2014 Periode ${formatDateId(data.from)} s.d. ${formatDateId(data.to)}`,
    office: data.office,
    number: data.number,
    dateText: data.dateText,
    body: html`<style>${raw(REGISTER_CSS + (parts.extraCss ?? ''))}</style>
${parts.table}`,
    closing: parts.closing,
    signers: data.signers,
    verification: data.verification,
    landscape: true,
  });
}
