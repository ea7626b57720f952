import { html, type SafeHtml } from '../html.js';
import { dataTable } from '../components/table.js';
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
  verification: { code: string; url: string };
  signers: Signer[];
  received: DailySheetRow[];
  decided: Array<{ number: string; requesterName: string; decision: string; workingDays: number }>;
  delivered: number;
  openAtEnd: number;
  overdueAtEnd: number;
  steps: DailySheetStep[];
}

/** "Data Layanan Harian" (SOP 1 langkah 7): the Kasubbag's daily supervision sheet. */
export async function dailyServiceSheetHtml(d: DailySheetData): Promise<string> {
  const received = dataTable(
    [
      { header: 'No', width: '5%', align: 'center', cell: (_r, i) => i + 1 },
      { header: 'Nomor registrasi', width: '17%', cell: (r) => r.number, nowrap: true },
      { header: 'Jam', width: '7%', align: 'center', cell: (r) => r.receivedTime },
      { header: 'Pemohon', width: '17%', cell: (r) => r.requesterName },
      { header: 'Saluran', width: '10%', cell: (r) => r.channel },
      { header: 'Informasi yang diminta', width: '24%', cell: (r) => r.informationRequested },
      { header: 'Status', width: '10%', cell: (r) => r.status },
      { header: 'Batas', width: '10%', cell: (r) => r.dueDate, nowrap: true },
    ],
    d.received,
    { emptyText: 'Tidak ada permohonan yang diterima pada hari ini.' },
  );
  const decided = dataTable(
    [
      { header: 'No', width: '6%', align: 'center', cell: (_r, i) => i + 1 },
      { header: 'Nomor registrasi', width: '26%', cell: (r) => r.number },
      { header: 'Pemohon', width: '28%', cell: (r) => r.requesterName },
      { header: 'Keputusan', width: '25%', cell: (r) => r.decision },
      { header: 'Hari kerja', width: '15%', align: 'center', cell: (r) => r.workingDays },
    ],
    d.decided,
    { emptyText: 'Tidak ada keputusan pada hari ini.' },
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
  );
  const body: SafeHtml = html`<p>Rekapitulasi layanan informasi publik ${d.office.name} pada hari ${d.dayText}.</p>
<h3 class="section">A. Ringkasan</h3>
<table class="summary"><tbody>
<tr><td>Permohonan diterima</td><td class="num">${d.received.length}</td></tr>
<tr><td>Permohonan diputuskan</td><td class="num">${d.decided.length}</td></tr>
<tr><td>Informasi/pemberitahuan diserahkan</td><td class="num">${d.delivered}</td></tr>
<tr><td>Permohonan terbuka pada akhir hari</td><td class="num">${d.openAtEnd}</td></tr>
<tr><td>Melewati batas waktu pada akhir hari</td><td class="num">${d.overdueAtEnd}</td></tr>
</tbody></table>
<h3 class="section">B. Permohonan diterima</h3>
${received}
<h3 class="section">C. Keputusan</h3>
${decided}
<h3 class="section">D. Ketepatan waktu langkah SOP di desk pelayanan</h3>
${steps}
<style>.section{font-size:11pt;margin:10pt 0 4pt 0}.summary{width:60%;border-collapse:collapse}.summary td{border:1px solid #000;padding:2pt 6pt}.summary .num{text-align:right;width:20%}</style>`;
  return documentPage({
    title: 'Data Layanan Harian',
    subtitle: d.dayText,
    office: d.office,
    number: d.number,
    dateText: d.dateText,
    body,
    signers: d.signers,
    verification: d.verification,
  });
}
