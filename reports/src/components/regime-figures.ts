import { html, raw, type HtmlValue, type SafeHtml } from '../html.js';
import { dataTable } from './table.js';

export interface LabelledCount {
  label: string;
  n: number;
}

/** Decisions by each request's own clock (its regime's deadline and extension), and the working days they took. */
export interface ReportTimeliness {
  /** answered within the request's own deadline */
  withinDeadline: number;
  /** answered after it, within the extension taken */
  withinExtension: number;
  late: number;
  onTimeRate: number | null;
  medianDays: number | null;
  p90Days: number | null;
}

/** The service figures of a period, for the whole service or for one regime, as the report tables print them. */
export interface ServiceFigures {
  received: { total: number; byChannel: LabelledCount[]; byRequesterType: LabelledCount[] };
  decided: { total: number; byOutcome: LabelledCount[] };
  timeliness: ReportTimeliness;
  queue: { open: number; overdue: number };
  objections: { received: number; decided: number; byDecision: LabelledCount[] };
  disputes: { filed: number; concluded: number };
}

/** What both reports' figures hold: the service's figures, each regime's, and the on-time target. */
export interface ReportFiguresBase extends ServiceFigures {
  /**
   * The same figures for general information and for information about the Pemilu and Pemilihan, each on its own
   * (a column each beside the total); absent in figures frozen before the service was counted by regime.
   */
  regimes?: RegimeFigures[];
  onTimeTargetPercent: number;
}

/** One regime's column: general information (UU 14/2008) or information about the Pemilu and Pemilihan (PerKI 1/2019). */
export interface RegimeFigures extends ServiceFigures {
  /** 'Informasi publik (umum)' */
  label: string;
  /** the legal basis of its service standard and clocks */
  basis: string;
}

export const pct = (v: number | null) =>
  v === null ? '-' : `${(v * 100).toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`;
export const num = (v: number | null, unit = '') =>
  v === null ? '-' : `${v.toLocaleString('id-ID', { maximumFractionDigits: 1 })}${unit}`;

/** A summary row: its label and how to read its value from the figures of the whole or of a regime. */
export type SummaryRow = [label: string, value: (f: ServiceFigures) => HtmlValue];

/**
 * The summary rows with one column per regime and the total; without regimes (figures frozen before the service was
 * counted by regime) the label and the total only.
 */
export function regimeSummaryTable(rows: SummaryRow[], total: ServiceFigures, regimes?: RegimeFigures[]): SafeHtml {
  const cols = regimes?.length ? regimes : [];
  const valueWidth = cols.length ? Math.floor(55 / (cols.length + 1)) : 25;
  return dataTable(
    [
      { header: 'Uraian', width: `${100 - valueWidth * (cols.length + 1)}%`, cell: (r: SummaryRow) => r[0] },
      ...cols.map((c) => ({
        header: c.label,
        width: `${valueWidth}%`,
        align: 'right' as const,
        cell: (r: SummaryRow) => r[1](c),
      })),
      {
        header: cols.length ? 'Jumlah' : 'Nilai',
        width: `${valueWidth}%`,
        align: 'right' as const,
        cell: (r: SummaryRow) => r[1](total),
      },
    ],
    rows,
    { className: 'regime-summary' },
  );
}

/**
 * Counts by a label (channel, requester type, outcome, objection decision) with a column per regime, the total and
 * its share; the rows are the total's labels, each regime's count found by its label.
 */
export function regimeCountsTable(
  title: string,
  pick: (f: ServiceFigures) => LabelledCount[],
  totalOf: (f: ServiceFigures) => number,
  total: ServiceFigures,
  regimes?: RegimeFigures[],
): SafeHtml {
  const rows = pick(total);
  const cols = regimes?.length ? regimes : [];
  const all = totalOf(total);
  const valueWidth = cols.length ? 15 : 20;
  const countOf = (f: ServiceFigures, label: string) => pick(f).find((c) => c.label === label)?.n ?? 0;
  return dataTable(
    [
      { header: title, width: `${100 - valueWidth * (cols.length + 2)}%`, cell: (r: LabelledCount) => r.label },
      ...cols.map((c) => ({
        header: c.label,
        width: `${valueWidth}%`,
        align: 'right' as const,
        cell: (r: LabelledCount) => countOf(c, r.label),
      })),
      { header: 'Jumlah', width: `${valueWidth}%`, align: 'right', cell: (r: LabelledCount) => r.n },
      {
        header: 'Persentase',
        width: `${valueWidth}%`,
        align: 'right',
        cell: (r: LabelledCount) => pct(all ? r.n / all : null),
      },
    ],
    rows,
  );
}

/** The count tables both reports print, by what they count. */
const COUNTS = {
  channel: ['Cara permohonan', (f) => f.received.byChannel, (f) => f.received.total],
  requesterType: ['Jenis pemohon', (f) => f.received.byRequesterType, (f) => f.received.total],
  decision: ['Keputusan', (f) => f.decided.byOutcome, (f) => f.decided.total],
  objectionDecision: ['Tanggapan atas keberatan', (f) => f.objections.byDecision, (f) => f.objections.decided],
} satisfies Record<
  string,
  [title: string, pick: (f: ServiceFigures) => LabelledCount[], totalOf: (f: ServiceFigures) => number]
>;

/** One of the reports' count tables (requests by channel, by requester type, decisions, objection answers). */
export function regimeCounts(
  what: keyof typeof COUNTS,
  total: ServiceFigures,
  regimes?: RegimeFigures[],
  title: string = COUNTS[what][0],
): SafeHtml {
  const [, pick, totalOf] = COUNTS[what];
  return regimeCountsTable(title, pick, totalOf, total, regimes);
}

/** How the timeliness is counted, and each regime's legal basis. */
export function regimeNote(regimes?: RegimeFigures[]): SafeHtml {
  return html`<p class="regime-note">Ketepatan waktu dihitung menurut jangka waktu masing-masing permohonan: dijawab dalam jangka waktu, dalam masa perpanjangan, atau melewati batas waktu.${
    regimes?.length ? html` ${regimes.map((r) => html`${r.label}: ${r.basis}. `)}` : ''
  }</p>`;
}

export const regimeCss: SafeHtml = raw('.regime-note{font-size:9pt;margin:2pt 0 6pt 0}');

/** The summary rows both reports print about requests and their timeliness. */
export function timelinessRows(targetPercent: number): SummaryRow[] {
  return [
    ['Permohonan informasi diterima', (f) => f.received.total],
    ['Permohonan diputuskan', (f) => f.decided.total],
    ['Dijawab dalam jangka waktu', (f) => f.timeliness.withinDeadline],
    ['Dijawab dalam masa perpanjangan', (f) => f.timeliness.withinExtension],
    ['Dijawab melewati batas waktu', (f) => f.timeliness.late],
    [`Tepat waktu (target ${targetPercent}%)`, (f) => pct(f.timeliness.onTimeRate)],
    ['Median waktu jawab (hari kerja)', (f) => num(f.timeliness.medianDays)],
    ['Persentil ke-90 waktu jawab (hari kerja)', (f) => num(f.timeliness.p90Days)],
  ];
}

/**
 * The summary of requests and their timeliness both reports open with (their own rows after the timeliness rows),
 * and the note on how the timeliness is counted under it.
 */
export function timelinessSummary(f: ReportFiguresBase, moreRows: SummaryRow[]): SafeHtml {
  return html`${regimeSummaryTable([...timelinessRows(f.onTimeTargetPercent), ...moreRows], f, f.regimes)}
${regimeNote(f.regimes)}`;
}
