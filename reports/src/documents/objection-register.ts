/**
 * "Register Keberatan" of one office for a period (UU 14/2008 Pasal 35–37; Perki 1/2010): every objection filed in the
 * period with the requester, the request objected to, the grounds, the Atasan PPID's decision and its date, the deciding
 * official, the requester's reaction and any dispute at the Komisi Informasi; counts by decision; the grounds explained.
 */
import { html } from '../html.js';
import { breakAfterSlashes, type TableColumn } from '../components/table.js';
import { countsLine, periodRegisterPage, registerTable, type PeriodRegisterData } from './period-register.js';
import { OBJECTION_REGISTER_TITLES, type Regime } from '../legal/catalogue.js';
import { formatDateId } from '../format.js';
import { label } from './request-common.js';
import { OBJECTION_DECISION_TEXT, type ObjectionGroundText } from './objection-response.js';

export interface ObjectionRegisterRow {
  number: string;
  /** 'YYYY-MM-DD' in the office's zone. */
  filedDate: string;
  requester: { name: string; address: string };
  proxyName?: string | null;
  /** The request objected to (null for ground b on its own). */
  requestNumber: string | null;
  informationRequested: string | null;
  purpose: string | null;
  /** UU KIP Pasal 35 ayat (1) letters a–g. */
  grounds: readonly string[];
  /** accepted | rejected | settled, or null when not answered. */
  decision: string | null;
  /** 'YYYY-MM-DD' */
  decisionDate: string | null;
  /** 'YYYY-MM-DD': filedDate + 30 working days. */
  responseDueDate: string;
  /** The Atasan PPID who answered. */
  decidedBy: { name: string; position?: string | null } | null;
  requesterReaction: string | null;
  /** The dispute at the Komisi Informasi, if one was brought. */
  dispute: {
    filedDate: string | null;
    kiRegistrationNumber: string | null;
    /** mediation | adjudication */
    stage: string | null;
    outcome: string | null;
  } | null;
  status: string;
  /** e.g. "Ditanggapi". */
  statusLabel: string;
}

export interface ObjectionRegisterData extends PeriodRegisterData {
  /** general (default) or election: titled by OBJECTION_REGISTER_TITLES */
  regime?: Regime;
  rows: ObjectionRegisterRow[];
  /** The meaning of each ground letter (a–g), for the legend under the table. */
  groundLabels: readonly ObjectionGroundText[];
}

export const DISPUTE_STAGE_TEXT: Record<string, string> = {
  mediation: 'Mediasi',
  adjudication: 'Ajudikasi nonlitigasi',
};

const SUMMARY_ORDER = ['accepted', 'rejected', 'settled'] as const;

/** "a, c" — the ground letters in order. */
export function groundsText(grounds: readonly string[]): string {
  return grounds.length ? [...grounds].sort().join(', ') : '-';
}

/** "Diterima" / "Ditolak" / "Diselesaikan dengan musyawarah"; "Dicabut" or "Belum ditanggapi" without a decision. */
export function objectionDecisionText(row: Pick<ObjectionRegisterRow, 'decision' | 'status'>): string {
  if (row.decision) return label(OBJECTION_DECISION_TEXT, row.decision);
  if (row.status === 'withdrawn') return 'Dicabut';
  return 'Belum ditanggapi';
}

/** "Diajukan 22 April 2026; No. reg. 012/REG-PSI/IV/2026; Mediasi; Hasil: …", or "-". */
export function disputeText(row: Pick<ObjectionRegisterRow, 'dispute'>): string {
  const d = row.dispute;
  if (!d || (!d.filedDate && !d.kiRegistrationNumber)) return '-';
  const parts: string[] = [];
  if (d.filedDate) parts.push(`Diajukan ${formatDateId(d.filedDate)}`);
  if (d.kiRegistrationNumber?.trim()) parts.push(`No. reg. KI ${d.kiRegistrationNumber.trim()}`);
  if (d.stage) parts.push(label(DISPUTE_STAGE_TEXT, d.stage));
  if (d.outcome?.trim()) parts.push(`Hasil: ${d.outcome.trim()}`);
  return parts.join('; ');
}

/** Counts by decision, then the withdrawn and the unanswered, in the register's order. */
export function objectionRegisterSummary(
  rows: readonly Pick<ObjectionRegisterRow, 'decision' | 'status'>[],
): Array<{ key: string; label: string; count: number }> {
  const out = SUMMARY_ORDER.map((k) => ({
    key: k as string,
    label: OBJECTION_DECISION_TEXT[k],
    count: rows.filter((r) => r.decision === k).length,
  }));
  out.push({
    key: 'withdrawn',
    label: 'Dicabut',
    count: rows.filter((r) => !r.decision && r.status === 'withdrawn').length,
  });
  out.push({
    key: 'none',
    label: 'Belum/tidak ditanggapi',
    count: rows.filter((r) => !r.decision && r.status !== 'withdrawn').length,
  });
  return out;
}

/** The number of objections brought to the Komisi Informasi. */
export function disputeCount(rows: readonly Pick<ObjectionRegisterRow, 'dispute'>[]): number {
  return rows.filter((r) => disputeText(r) !== '-').length;
}

/** The legend of the grounds under the table, in two columns. */
const LEGEND_CSS = `.legend { font-size: 8.5pt; margin-top: 4pt; break-inside: avoid; page-break-inside: avoid; }
.legend ol { margin: 1pt 0 0 0; padding: 0; list-style: none; columns: 2; column-gap: 8mm; }
.legend li { margin: 0 0 1pt 0; break-inside: avoid; }
`;

/** "Register Keberatan" of one office for a period (A4 landscape, header row repeated). */
export async function objectionRegisterHtml(data: ObjectionRegisterData): Promise<string> {
  const d = (iso: string | null) => (iso ? formatDateId(iso) : '-');
  const columns: TableColumn<ObjectionRegisterRow>[] = [
    { header: 'No', width: '2.5%', align: 'center', cell: (_r, i) => i + 1 },
    { header: 'Nomor keberatan', width: '7.5%', cell: (r) => breakAfterSlashes(r.number) },
    { header: 'Tanggal', width: '5.5%', cell: (r) => d(r.filedDate) },
    {
      header: 'Nama pemohon',
      width: '8%',
      cell: (r) =>
        r.proxyName?.trim()
          ? html`${r.requester.name}<br><span class="sub">kuasa: ${r.proxyName.trim()}</span>`
          : r.requester.name,
    },
    { header: 'Alamat', width: '7.5%', cell: (r) => r.requester.address },
    {
      header: 'Nomor permohonan',
      width: '7.5%',
      cell: (r) => (r.requestNumber ? breakAfterSlashes(r.requestNumber) : '-'),
    },
    { header: 'Informasi yang diminta', width: '9.5%', cell: (r) => r.informationRequested ?? '-' },
    { header: 'Tujuan', width: '6.5%', cell: (r) => r.purpose ?? '-' },
    { header: 'Alasan keberatan', width: '5%', align: 'center', cell: (r) => groundsText(r.grounds) },
    { header: 'Keputusan', width: '6.5%', cell: (r) => objectionDecisionText(r) },
    {
      header: 'Tanggal tanggapan',
      width: '6%',
      cell: (r) =>
        r.decisionDate
          ? d(r.decisionDate)
          : r.status === 'withdrawn'
            ? '-'
            : html`-<br><span class="sub">batas ${d(r.responseDueDate)}</span>`,
    },
    {
      header: 'Pejabat yang menanggapi',
      width: '8%',
      cell: (r) =>
        r.decidedBy
          ? html`${r.decidedBy.name}${r.decidedBy.position?.trim() ? html`<br><span class="sub">${r.decidedBy.position.trim()}</span>` : ''}`
          : '-',
    },
    { header: 'Tanggapan pemohon', width: '7%', cell: (r) => r.requesterReaction?.trim() || '-' },
    { header: 'Sengketa (nomor register KI / hasil)', width: '7.5%', cell: (r) => disputeText(r) },
    { header: 'Status', width: '5.5%', cell: (r) => r.statusLabel },
  ];
  const disputes = html`
Diajukan sebagai sengketa ke Komisi Informasi: ${disputeCount(data.rows)}.`;
  const closing = html`${countsLine('keberatan', data.rows.length, objectionRegisterSummary(data.rows), disputes)}
<div class="legend"><span class="strong">Keterangan alasan keberatan</span> (UU Nomor 14 Tahun 2008 Pasal 35 ayat (1)):
<ol>${data.groundLabels.map((g) => html`<li>${g.letter}. ${g.label}</li>`)}</ol></div>`;

  return periodRegisterPage(data, {
    title: OBJECTION_REGISTER_TITLES[data.regime ?? 'general'].id,
    table: registerTable(columns, data.rows, 'Tidak ada keberatan pada periode ini.'),
    closing,
    extraCss: LEGEND_CSS,
  });
}
