import { html, type SafeHtml } from '../html.js';
import { dataTable } from '../components/table.js';
import type { LetterheadOffice } from '../components/letterhead.js';
import type { Signer } from '../components/signature.js';
import { documentPage } from '../layout.js';
import { formatDateId, formatNip, MONTHS_ID, WEEKDAYS_ID } from '../format.js';
import { terbilang } from './request-common.js';

export interface BeritaAcaraAttendee {
  name: string;
  position: string | null;
  /** Civil-servant ID, printed under the name in the list and in the signature block. */
  nip?: string | null;
  present: boolean;
}

export interface BeritaAcaraData {
  office: LetterheadOffice;
  year: number;
  number: string;
  dateText: string;
  verification: { code: string; url: string };
  /**
   * The meeting's own date, YYYY-MM-DD: the opening sentence reads "Pada hari ini Kamis tanggal dua puluh bulan
   * Februari tahun dua ribu dua puluh enam" from it (and it overrides `weekday` and `meetingDateText`).
   */
  meetingDate?: string;
  /** '20 Februari 2026' */
  meetingDateText: string;
  /** 'Kamis' */
  weekday: string;
  place: string;
  quorum: number;
  attendees: BeritaAcaraAttendee[];
  agenda: string[];
  decision: string;
  /**
   * one block per signatory; a signer without a NIP takes the one of the attendee of the same name. A signer's `mark`
   * says whether and when they signed with their own account; without marks the spaces are left for wet signatures.
   */
  signers: Signer[];
  /** a draft of the minutes while signatures are collected: marked as such, never registered */
  draft?: boolean;
}

/** 2026 → 'dua ribu dua puluh enam' (years and days in the opening sentence of minutes). */
export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return String(n);
  if (n < 1000) return terbilang(n);
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  return `${thousands === 1 ? 'seribu' : `${terbilang(thousands)} ribu`}${rest ? ` ${terbilang(rest)}` : ''}`;
}

/** '2026-02-03' → 'Selasa tanggal tiga bulan Februari tahun dua ribu dua puluh enam' */
export function meetingDayInWords(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const weekday = WEEKDAYS_ID[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday} tanggal ${numberWords(d)} bulan ${MONTHS_ID[m - 1]} tahun ${numberWords(y)}`;
}

/** Berita Acara Rapat Pleno pengesahan laporan tahunan (SOP 4): attendees, agenda, decision, signatures. */
export async function beritaAcaraHtml(d: BeritaAcaraData): Promise<string> {
  const present = d.attendees.filter((a) => a.present).length;
  const nipOf = new Map(d.attendees.filter((a) => a.nip?.trim()).map((a) => [a.name.trim(), a.nip!.trim()]));
  const withNip = d.signers.map((s) => (s.nip?.trim() ? s : { ...s, nip: nipOf.get(s.name.trim()) ?? s.nip }));
  // the same place and date under every signatory: printed once, above the signatures (shorter, so they fit with
  // the text more often)
  const placeDate = (s: Signer) =>
    [s.place, s.date]
      .map((v) => v?.trim())
      .filter(Boolean)
      .join(', ');
  const shared = withNip.length > 1 && new Set(withNip.map(placeDate)).size === 1 ? placeDate(withNip[0]) : '';
  const signers = shared ? withNip.map((s) => ({ ...s, place: undefined, date: undefined })) : withNip;
  const list = dataTable(
    [
      { header: 'No', width: '8%', align: 'center', cell: (_: BeritaAcaraAttendee, i: number) => i + 1 },
      {
        header: 'Nama',
        width: '40%',
        cell: (a: BeritaAcaraAttendee) =>
          html`${a.name}${a.nip?.trim() ? html`<br><span class="muted">NIP. ${formatNip(a.nip)}</span>` : ''}`,
      },
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
  const opening = d.meetingDate
    ? `${meetingDayInWords(d.meetingDate)} (${formatDateId(d.meetingDate)})`
    : `${d.weekday}, tanggal ${d.meetingDateText}`;
  const body: SafeHtml = html`${d.draft ? html`<p class="ba-draft">NASKAH — BELUM DITANDATANGANI SEMUA PENANDA TANGAN; BUKAN DOKUMEN RESMI</p>` : ''}<p>Pada hari ini ${opening}, bertempat di ${d.place}, telah dilaksanakan Rapat Pleno ${d.office.name} untuk mengesahkan Laporan Tahunan Pelayanan Informasi Publik Tahun ${d.year}.</p>
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
<style>.section{font-size:11pt;margin:10pt 0 4pt 0;break-after:avoid}.ba-place{text-align:center;margin:12pt 0 0 0}.ba-place + .ttd{margin-top:6pt}.ba-draft{border:2px solid #b71c1c;color:#b71c1c;font-weight:bold;text-align:center;padding:3pt;letter-spacing:0.5pt}</style>`;
  return documentPage({
    title: 'Berita Acara Rapat Pleno',
    subtitle: `Pengesahan Laporan Tahunan Pelayanan Informasi Publik Tahun ${d.year}`,
    office: d.office,
    number: d.number,
    dateText: d.dateText,
    body,
    closing: html`<p class="closing">Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.</p>
${shared ? html`<p class="ba-place">${shared}</p>` : ''}`,
    signers,
    verification: d.verification,
  });
}
