import { html, type SafeHtml } from '../html.js';
import { barChartSvg } from '../components/chart.js';
import { dataTable } from '../components/table.js';
import type { LetterheadOffice } from '../components/letterhead.js';
import type { Signer } from '../components/signature.js';
import {
  num,
  pct,
  regimeCounts,
  regimeCss,
  timelinessSummary,
  type LabelledCount,
  type RegimeFigures,
  type ReportFiguresBase,
  type ReportTimeliness,
} from '../components/regime-figures.js';
import { documentPage } from '../layout.js';

export type { LabelledCount, RegimeFigures, ReportTimeliness };

export interface MonthlyReportFigures extends ReportFiguresBase {
  steps: Array<{
    label: string;
    standardMinutes: number;
    measured: number;
    withinStandard: number;
    share: number | null;
    medianMinutes: number | null;
  }>;
}

export interface MonthlyReportDay {
  /** e.g. '2' (the day of the month) */
  day: string;
  received: number;
  decided: number;
  open: number;
  overdue: number;
}

export interface MonthlyReportData {
  office: LetterheadOffice;
  /** 'Maret 2026' */
  monthText: string;
  number: string;
  dateText: string;
  verification: { code: string; url: string };
  signers: Signer[];
  /** a preview before both signatures: marked DRAF on every page, not registered */
  draft?: boolean;
  figures: MonthlyReportFigures;
  days: MonthlyReportDay[];
}

/** Laporan Bulanan Pelayanan Informasi Publik (SOP 1 langkah 8): from the metrics and the daily service data. */
export async function monthlyReportHtml(d: MonthlyReportData): Promise<string> {
  const f = d.figures;
  const regimes = f.regimes;
  const chart = barChartSvg(
    d.days.map((x) => x.day),
    [
      { label: 'Diterima', color: '#8b1a1a', values: d.days.map((x) => x.received) },
      { label: 'Diputuskan', color: '#2e7d32', values: d.days.map((x) => x.decided) },
      { label: 'Lewat batas', color: '#ef6c00', values: d.days.map((x) => x.overdue) },
    ],
    { title: `Permohonan harian ${d.monthText}` },
  );
  const daily = dataTable(
    [
      { header: 'Tgl', width: '12%', align: 'center', cell: (r: MonthlyReportDay) => r.day },
      { header: 'Diterima', width: '22%', align: 'right', cell: (r: MonthlyReportDay) => r.received },
      { header: 'Diputuskan', width: '22%', align: 'right', cell: (r: MonthlyReportDay) => r.decided },
      { header: 'Terbuka (akhir hari)', width: '22%', align: 'right', cell: (r: MonthlyReportDay) => r.open },
      { header: 'Lewat batas', width: '22%', align: 'right', cell: (r: MonthlyReportDay) => r.overdue },
    ],
    d.days,
  );
  const steps = dataTable(
    [
      { header: 'Langkah SOP', width: '40%', cell: (s: MonthlyReportFigures['steps'][number]) => s.label },
      {
        header: 'Standar',
        width: '12%',
        align: 'center',
        cell: (s: MonthlyReportFigures['steps'][number]) => `${s.standardMinutes} menit`,
      },
      {
        header: 'Tercatat',
        width: '12%',
        align: 'right',
        cell: (s: MonthlyReportFigures['steps'][number]) => s.measured,
      },
      {
        header: 'Sesuai standar',
        width: '18%',
        align: 'right',
        cell: (s: MonthlyReportFigures['steps'][number]) => `${s.withinStandard} (${pct(s.share)})`,
      },
      {
        header: 'Median',
        width: '18%',
        align: 'right',
        cell: (s: MonthlyReportFigures['steps'][number]) => num(s.medianMinutes, ' menit'),
      },
    ],
    f.steps,
  );
  const body: SafeHtml = html`${d.draft ? html`<div class="draft">DRAF — belum ditandatangani lengkap</div>` : html``}
<p>Laporan pelayanan informasi publik ${d.office.name} bulan ${d.monthText}, disusun dari register permohonan, register keberatan dan data layanan harian${regimes?.length ? ', untuk layanan informasi publik (umum) dan layanan informasi Pemilu dan Pemilihan masing-masing' : ''}.</p>
<h3 class="section">A. Ringkasan</h3>
${timelinessSummary(f, [
  ['Permohonan terbuka pada akhir bulan', (x) => x.queue.open],
  ['Melewati batas waktu pada akhir bulan', (x) => x.queue.overdue],
  ['Keberatan diterima / ditanggapi', (x) => `${x.objections.received} / ${x.objections.decided}`],
  ['Sengketa ke Komisi Informasi (diajukan / selesai)', (x) => `${x.disputes.filed} / ${x.disputes.concluded}`],
])}
<h3 class="section">B. Permohonan harian</h3>
${chart}
<h3 class="section">C. Permohonan menurut cara dan jenis pemohon</h3>
${regimeCounts('channel', f, regimes)}
${regimeCounts('requesterType', f, regimes)}
<h3 class="section">D. Keputusan</h3>
${regimeCounts('decision', f, regimes)}
<h3 class="section">E. Ketepatan waktu langkah SOP di desk pelayanan</h3>
${steps}
<h3 class="section">F. Keberatan</h3>
${regimeCounts('objectionDecision', f, regimes, 'Tanggapan Atasan PPID')}
<h3 class="section">G. Data layanan harian</h3>
${daily}
<style>${regimeCss}.section{font-size:11pt;margin:10pt 0 4pt 0;break-after:avoid}.chart{margin:4pt 0;break-inside:avoid}.draft{border:2px solid #b71c1c;color:#b71c1c;font-weight:bold;text-align:center;padding:3pt;margin-bottom:6pt;letter-spacing:1pt}</style>`;
  return documentPage({
    title: 'Laporan Bulanan Pelayanan Informasi Publik',
    subtitle: `Bulan ${d.monthText}`,
    office: d.office,
    number: d.number,
    dateText: d.dateText,
    body,
    closing: html`<p class="closing">Demikian laporan bulanan ini disusun untuk dipergunakan sebagaimana mestinya.</p>`,
    signers: d.signers,
    verification: d.verification,
  });
}
