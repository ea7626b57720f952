import { html, type SafeHtml } from '../html.js';
import { barChartSvg } from '../components/chart.js';
import { dataTable } from '../components/table.js';
import type { LetterheadOffice } from '../components/letterhead.js';
import type { Signer } from '../components/signature.js';
import { documentPage } from '../layout.js';

export interface LabelledCount {
  label: string;
  n: number;
}

export interface MonthlyReportFigures {
  received: { total: number; byChannel: LabelledCount[]; byRequesterType: LabelledCount[] };
  decided: { total: number; byOutcome: LabelledCount[] };
  timeliness: {
    within10: number;
    within17: number;
    late: number;
    onTimeRate: number | null;
    medianDays: number | null;
    p90Days: number | null;
  };
  onTimeTargetPercent: number;
  queue: { open: number; overdue: number };
  steps: Array<{
    label: string;
    standardMinutes: number;
    measured: number;
    withinStandard: number;
    share: number | null;
    medianMinutes: number | null;
  }>;
  objections: { received: number; decided: number; byDecision: LabelledCount[] };
  disputes: { filed: number; concluded: number };
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

const pct = (v: number | null) =>
  v === null ? '-' : `${(v * 100).toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`;
const num = (v: number | null, unit = '') =>
  v === null ? '-' : `${v.toLocaleString('id-ID', { maximumFractionDigits: 1 })}${unit}`;

function countsTable(title: string, rows: LabelledCount[], total: number): SafeHtml {
  return dataTable(
    [
      { header: title, width: '60%', cell: (r: LabelledCount) => r.label },
      { header: 'Jumlah', width: '20%', align: 'right', cell: (r: LabelledCount) => r.n },
      {
        header: 'Persentase',
        width: '20%',
        align: 'right',
        cell: (r: LabelledCount) => pct(total ? r.n / total : null),
      },
    ],
    rows,
  );
}

/** Laporan Bulanan Pelayanan Informasi Publik (SOP 1 langkah 8): from the metrics and the daily service data. */
export async function monthlyReportHtml(d: MonthlyReportData): Promise<string> {
  const f = d.figures;
  const t = f.timeliness;
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
  const row = (label: string, value: string | number) => html`<tr><td>${label}</td><td class="num">${value}</td></tr>`;
  const body: SafeHtml = html`${d.draft ? html`<div class="draft">DRAF — belum ditandatangani lengkap</div>` : html``}
<p>Laporan pelayanan informasi publik ${d.office.name} bulan ${d.monthText}, disusun dari register permohonan, register keberatan dan data layanan harian.</p>
<h3 class="section">A. Ringkasan</h3>
<table class="summary"><tbody>
${row('Permohonan informasi diterima', f.received.total)}
${row('Permohonan diputuskan', f.decided.total)}
${row('Dijawab dalam 10 hari kerja', t.within10)}
${row('Dijawab dalam 17 hari kerja (dengan perpanjangan)', t.within17)}
${row('Dijawab melewati batas waktu', t.late)}
${row(`Tepat waktu (target ${f.onTimeTargetPercent}%)`, pct(t.onTimeRate))}
${row('Median waktu jawab', num(t.medianDays, ' hari kerja'))}
${row('Persentil ke-90 waktu jawab', num(t.p90Days, ' hari kerja'))}
${row('Permohonan terbuka pada akhir bulan', f.queue.open)}
${row('Melewati batas waktu pada akhir bulan', f.queue.overdue)}
${row('Keberatan diterima / ditanggapi', `${f.objections.received} / ${f.objections.decided}`)}
${row('Sengketa ke Komisi Informasi (diajukan / selesai)', `${f.disputes.filed} / ${f.disputes.concluded}`)}
</tbody></table>
<h3 class="section">B. Permohonan harian</h3>
${chart}
<h3 class="section">C. Permohonan menurut cara dan jenis pemohon</h3>
${countsTable('Cara permohonan', f.received.byChannel, f.received.total)}
${countsTable('Jenis pemohon', f.received.byRequesterType, f.received.total)}
<h3 class="section">D. Keputusan</h3>
${countsTable('Keputusan', f.decided.byOutcome, f.decided.total)}
<h3 class="section">E. Ketepatan waktu langkah SOP di desk pelayanan</h3>
${steps}
<h3 class="section">F. Keberatan</h3>
${countsTable('Tanggapan Atasan PPID', f.objections.byDecision, f.objections.decided)}
<h3 class="section">G. Data layanan harian</h3>
${daily}
<style>.section{font-size:11pt;margin:10pt 0 4pt 0;break-after:avoid}.summary{width:80%;border-collapse:collapse}.summary td{border:1px solid #000;padding:2pt 6pt}.summary .num{text-align:right;width:25%}.chart{margin:4pt 0;break-inside:avoid}.draft{border:2px solid #b71c1c;color:#b71c1c;font-weight:bold;text-align:center;padding:3pt;margin-bottom:6pt;letter-spacing:1pt}</style>`;
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
