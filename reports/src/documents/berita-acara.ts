import { html, type SafeHtml } from '../html.js';
import { dataTable } from '../components/table.js';
import type { LetterheadOffice } from '../components/letterhead.js';
import type { Signer } from '../components/signature.js';
import { documentPage } from '../layout.js';

export interface BeritaAcaraAttendee {
  name: string;
  position: string | null;
  present: boolean;
}

export interface BeritaAcaraData {
  office: LetterheadOffice;
  year: number;
  number: string;
  dateText: string;
  verification: { code: string; url: string };
  /** '20 Februari 2026' */
  meetingDateText: string;
  /** 'Kamis' */
  weekday: string;
  place: string;
  quorum: number;
  attendees: BeritaAcaraAttendee[];
  agenda: string[];
  decision: string;
  /** one block per present signatory */
  signers: Signer[];
}

/** Berita Acara Rapat Pleno pengesahan laporan tahunan (SOP 4): attendees, agenda, decision, signatures. */
export async function beritaAcaraHtml(d: BeritaAcaraData): Promise<string> {
  const present = d.attendees.filter((a) => a.present).length;
  const list = dataTable(
    [
      { header: 'No', width: '8%', align: 'center', cell: (_: BeritaAcaraAttendee, i: number) => i + 1 },
      { header: 'Nama', width: '40%', cell: (a: BeritaAcaraAttendee) => a.name },
      { header: 'Jabatan', width: '37%', cell: (a: BeritaAcaraAttendee) => a.position ?? '-' },
      {
        header: 'Kehadiran',
        width: '15%',
        align: 'center',
        cell: (a: BeritaAcaraAttendee) => (a.present ? 'Hadir' : 'Tidak hadir'),
      },
    ],
    d.attendees,
  );
  const body: SafeHtml = html`<p>Pada hari ini ${d.weekday}, tanggal ${d.meetingDateText}, bertempat di ${d.place}, telah dilaksanakan Rapat Pleno ${d.office.name} untuk mengesahkan Laporan Tahunan Pelayanan Informasi Publik Tahun ${d.year}.</p>
<h3 class="section">A. Peserta rapat</h3>
${list}
<p>Hadir ${present} dari ${d.attendees.length} peserta; kuorum ${d.quorum} orang ${present >= d.quorum ? 'terpenuhi' : 'tidak terpenuhi'}.</p>
<h3 class="section">B. Agenda</h3>
<ol>${d.agenda.map((a) => html`<li>${a}</li>`)}</ol>
<h3 class="section">C. Keputusan</h3>
${d.decision
  .split(/\n+/)
  .filter(Boolean)
  .map((p) => html`<p>${p}</p>`)}
<p>Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.</p>
<style>.section{font-size:11pt;margin:10pt 0 4pt 0;break-after:avoid}</style>`;
  return documentPage({
    title: 'Berita Acara Rapat Pleno',
    subtitle: `Pengesahan Laporan Tahunan Pelayanan Informasi Publik Tahun ${d.year}`,
    office: d.office,
    number: d.number,
    dateText: d.dateText,
    body,
    signers: d.signers,
    verification: d.verification,
  });
}
