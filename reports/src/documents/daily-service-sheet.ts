import { html, raw, type HtmlValue, type SafeHtml } from '../html.js';
import { breakAfterSlashes, dataTable } from '../components/table.js';
import type { LetterheadOffice } from '../components/letterhead.js';
import type { Signer } from '../components/signature.js';
import { documentPage } from '../layout.js';

export interface DailySheetRow {
  number: string;
  receivedTime: string;
  requesterName: string;
  channel: string;
  informationRequested: string;
  status: string;
  dueDate: string;
}

export interface DailySheetStep {
  step: number;
  label: string;
  standardMinutes: number;
  recorded: number;
  withinStandard: number;
  medianMinutes: number | null;
}

export interface DailySheetData {
  office: LetterheadOffice;
  dayText: string;
  number: string;
  dateText: string;
  /** null: a DRAF preview, not issued */
  verification: { code: string; url: string } | null;
  signers: Signer[];
  received: DailySheetRow[];
  decided: Array<{ number: string; requesterName: string; decision: string; workingDays: number }>;
  delivered: number;
  openAtEnd: number;
  overdueAtEnd: number;
  steps: DailySheetStep[];
}

const sheetCss = raw(`
.section { font-size: 11pt; margin: 8pt 0 3pt 0; break-after: avoid; page-break-after: avoid; }
table.data.sheet { font-size: 8.5pt; line-height: 1.15; margin: 3pt 0; }
table.data.sheet th { font-size: 8pt; padding: 1.5pt 3pt; }
table.data.sheet td { padding: 1.5pt 3pt; }
table.counts { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin: 3pt 0; }
table.counts td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; }
table.counts .num { font-weight: bold; font-size: 11pt; text-align: right; }
`);

/**
 * "Data Layanan Harian" (SOP 1 langkah 7): the Kasubbag's daily supervision sheet. A4 landscape, compact: the day's
 * counts in one row, then the requests received (one line or two each), the decisions and the desk's SOP timing.
 */
export async function dailyServiceSheetHtml(d: DailySheetData): Promise<string> {
  const received = dataTable(
    [
      { header: 'No', width: '3%', align: 'center', cell: (_r, i) => i + 1 },
      { header: 'Nomor registrasi', width: '15%', cell: (r) => breakAfterSlashes(r.number) },
      { header: 'Jam', width: '4.5%', align: 'center', cell: (r) => r.receivedTime },
      { header: 'Pemohon', width: '13.5%', cell: (r) => r.requesterName },
      { header: 'Saluran', width: '9.5%', cell: (r) => r.channel },
      { header: 'Informasi yang diminta', width: '34%', cell: (r) => r.informationRequested },
      { header: 'Status', width: '10%', cell: (r) => r.status },
      { header: 'Batas', width: '10.5%', cell: (r) => r.dueDate, nowrap: true },
    ],
    d.received,
    { className: 'sheet', emptyText: 'Tidak ada permohonan yang diterima pada hari ini.' },
  );
  const decided = dataTable(
    [
      { header: 'No', width: '3.5%', align: 'center', cell: (_r, i) => i + 1 },
      { header: 'Nomor registrasi', width: '22%', cell: (r) => breakAfterSlashes(r.number) },
      { header: 'Pemohon', width: '34.5%', cell: (r) => r.requesterName },
      { header: 'Keputusan', width: '28%', cell: (r) => r.decision },
      { header: 'Hari kerja', width: '12%', align: 'center', cell: (r) => r.workingDays },
    ],
    d.decided,
    { className: 'sheet', emptyText: 'Tidak ada keputusan pada hari ini.' },
  );
  const steps = dataTable(
    [
      { header: 'Langkah SOP', width: '40%', cell: (s) => `${s.step}. ${s.label}` },
      { header: 'Standar', width: '12%', align: 'center', cell: (s) => `${s.standardMinutes} menit` },
      { header: 'Tercatat', width: '12%', align: 'center', cell: (s) => s.recorded },
      {
        header: 'Sesuai standar',
        width: '18%',
        align: 'center',
        cell: (s) => (s.recorded ? `${s.withinStandard} (${Math.round((100 * s.withinStandard) / s.recorded)}%)` : '-'),
      },
      {
        header: 'Median',
        width: '18%',
        align: 'center',
        cell: (s) =>
          s.medianMinutes === null
            ? '-'
            : `${s.medianMinutes.toLocaleString('id-ID', { maximumFractionDigits: 1 })} menit`,
      },
    ],
    d.steps,
    { className: 'sheet' },
  );
  const count = (label: HtmlValue, n: number) => html`<td>${label}</td><td class="num">${n}</td>`;
  const body: SafeHtml = html`<style>${sheetCss}</style>
<p>Rekapitulasi layanan informasi publik ${d.office.name} pada hari ${d.dayText}.</p>
<h3 class="section">A. Ringkasan</h3>
<table class="counts"><colgroup>${[1, 2, 3, 4, 5].map(() => html`<col style="width:15.5%"><col style="width:4.5%">`)}</colgroup><tbody><tr>
${count('Permohonan diterima', d.received.length)}
${count('Permohonan diputuskan', d.decided.length)}
${count(html`Informasi/<wbr>pemberitahuan diserahkan`, d.delivered)}
${count('Permohonan terbuka pada akhir hari', d.openAtEnd)}
${count('Melewati batas waktu pada akhir hari', d.overdueAtEnd)}
</tr></tbody></table>
<h3 class="section">B. Permohonan diterima</h3>
${received}
<h3 class="section">C. Keputusan</h3>
${decided}
<h3 class="section">D. Ketepatan waktu langkah SOP di desk pelayanan</h3>
${steps}`;
  return documentPage({
    title: 'Data Layanan Harian',
    subtitle: d.dayText,
    office: d.office,
    number: d.number,
    dateText: d.dateText,
    body,
    closing: html`<p class="closing">Demikian data layanan harian ini dibuat untuk dipergunakan sebagaimana mestinya.</p>`,
    signers: d.signers,
    verification: d.verification,
    landscape: true,
  });
}
