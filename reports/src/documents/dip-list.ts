import { html, type SafeHtml } from '../html.js';
import { dataTable } from '../components/table.js';
import type { LetterheadOffice } from '../components/letterhead.js';
import type { Signer } from '../components/signature.js';
import { documentPage } from '../layout.js';

export interface DipListEntry {
  title: string;
  summary: string | null;
  holder: string;
  responsible: string;
  madeWhenWhere: string;
  formAvailable: string;
  retention: string;
  category: string;
}

export const DIP_CATEGORY_LABELS: Record<string, string> = {
  berkala: 'Informasi yang wajib disediakan dan diumumkan secara berkala',
  serta_merta: 'Informasi yang wajib diumumkan secara serta merta',
  setiap_saat: 'Informasi yang wajib tersedia setiap saat',
  dikecualikan: 'Informasi yang dikecualikan',
};

export interface DipListData {
  office: LetterheadOffice;
  versionNo: number;
  decreeNumber: string;
  decreeDateText: string;
  entries: DipListEntry[];
  number: string;
  dateText: string;
  verification: { code: string; url: string };
  signers: Signer[];
}

/** "Daftar Informasi Publik" as established by the PPID's decree, grouped by category (SOP 3). */
export async function dipListHtml(d: DipListData): Promise<string> {
  const groups = ['berkala', 'serta_merta', 'setiap_saat']
    .map((c) => ({ c, rows: d.entries.filter((e) => e.category === c) }))
    .filter((g) => g.rows.length);
  const sections: SafeHtml[] = groups.map(
    (g, gi) => html`<h3 class="section">${String.fromCharCode(65 + gi)}. ${DIP_CATEGORY_LABELS[g.c]}</h3>
${dataTable(
  [
    { header: 'No', width: '5%', align: 'center', cell: (_e, i) => i + 1 },
    {
      header: 'Ringkasan isi informasi',
      width: '27%',
      cell: (e) => html`${e.title}${e.summary ? html`<br><span class="muted">${e.summary}</span>` : ''}`,
    },
    { header: 'Pejabat/unit yang menguasai', width: '17%', cell: (e) => e.holder },
    { header: 'Penanggung jawab', width: '14%', cell: (e) => e.responsible },
    { header: 'Waktu dan tempat pembuatan', width: '13%', cell: (e) => e.madeWhenWhere },
    { header: 'Bentuk informasi', width: '12%', cell: (e) => e.formAvailable },
    { header: 'Jangka waktu penyimpanan', width: '12%', cell: (e) => e.retention },
  ],
  g.rows,
)}`,
  );
  const body = html`<p>Daftar Informasi Publik ${d.office.name} versi ${d.versionNo}, ditetapkan dengan Keputusan PPID Nomor ${d.decreeNumber} tanggal ${d.decreeDateText}.</p>
${sections.length ? sections : html`<p>Belum ada informasi dalam daftar.</p>`}
<style>.section{font-size:11pt;margin:10pt 0 4pt 0}</style>`;
  return documentPage({
    title: 'Daftar Informasi Publik',
    subtitle: d.office.name,
    office: d.office,
    number: d.number,
    dateText: d.dateText,
    body,
    closing: html`<p class="closing">Demikian Daftar Informasi Publik ini ditetapkan untuk dipergunakan sebagaimana mestinya.</p>`,
    signers: d.signers,
    verification: d.verification,
    landscape: true,
  });
}
