import { html, type SafeHtml } from '../html.js';
import type { LetterheadOffice } from '../components/letterhead.js';
import type { Signer } from '../components/signature.js';
import { documentPage } from '../layout.js';
import { DEFAULT_TIME_ZONE, formatDateId, formatDateTimeId } from '../format.js';
import {
  addressee,
  countWords,
  deadlineSentence,
  fieldTable,
  multiline,
  requestDocCss,
  type DeadlineInfo,
  type RequestDocRequest,
  type RequestDocRequester,
} from './request-common.js';

export interface ExtensionNoticeData {
  office: LetterheadOffice;
  timeZone?: string;
  request: RequestDocRequest;
  requester: RequestDocRequester;
  /** The reason for the extension, as written by the PPID. */
  reason: string;
  /** When the extension was decided (instant). */
  extendedAt: Date | string | null;
  /** The original deadline and the extended one, each with how it was computed. */
  original: DeadlineInfo;
  extended: DeadlineInfo;
  number: string;
  dateText: string;
  /** null: a DRAF preview, not issued */
  verification: { code: string; url: string } | null;
  /** The PPID. */
  signers: Signer[];
}

/**
 * "Pemberitahuan Perpanjangan Waktu" (UU 14/2008 Pasal 22 ayat 8): the answer is postponed once, by at most
 * the extension days, with a written reason; the original and the new deadline with their reasoning.
 */
export async function extensionNoticeHtml(data: ExtensionNoticeData): Promise<string> {
  const tz = data.timeZone ?? DEFAULT_TIME_ZONE;
  const r = data.request;
  const extraDays = Math.max(0, data.extended.days - data.original.days);

  const body: SafeHtml = html`<style>${requestDocCss}</style>
${addressee(data.requester)}
<p>Menindaklanjuti permohonan informasi publik Saudara yang kami terima pada ${formatDateTimeId(r.receivedAt, tz, { weekday: true })}
dengan nomor registrasi ${r.number}, dengan ini kami beritahukan bahwa jangka waktu pemberitahuan tertulis atas permohonan tersebut
<span class="strong">diperpanjang ${countWords(extraDays)} hari kerja</span> sesuai Undang-Undang Nomor 14 Tahun 2008 tentang
Keterbukaan Informasi Publik Pasal 22 ayat (8).</p>

<div class="section-title">A. Permohonan</div>
${fieldTable([
  { label: 'Nomor registrasi', value: r.number },
  { label: 'Nama pemohon', value: data.requester.name },
  { label: 'Tanggal diterima', value: formatDateId(r.receivedAt, tz, { weekday: true }) },
  { label: 'Informasi yang dimohon', value: multiline(r.informationRequested) },
])}

<div class="section-title">B. Perpanjangan Waktu</div>
${fieldTable([
  { no: '1.', label: 'Alasan perpanjangan', value: multiline(data.reason) },
  {
    no: '2.',
    label: 'Batas waktu semula',
    value: html`<span class="strong">${formatDateId(data.original.due, tz, { weekday: true })}</span><br>${deadlineSentence(data.original)}.`,
  },
  {
    no: '3.',
    label: 'Batas waktu baru',
    value: html`<span class="strong">${formatDateId(data.extended.due, tz, { weekday: true })}</span><br>${deadlineSentence(data.extended)}
(${countWords(data.original.days)} hari kerja ditambah perpanjangan ${countWords(extraDays)} hari kerja).`,
  },
  {
    no: '4.',
    label: 'Tanggal perpanjangan',
    value: data.extendedAt ? formatDateId(data.extendedAt, tz, { weekday: true }) : '-',
  },
])}

<p class="closing">Pemberitahuan tertulis atas permohonan Saudara akan kami sampaikan paling lambat pada
${formatDateId(data.extended.due, tz, { weekday: true })}. Perpanjangan ini hanya dapat dilakukan satu kali.</p>

<div class="note-box">
<p><span class="strong">Hak mengajukan keberatan.</span> Apabila permohonan Saudara tidak ditanggapi sampai batas waktu baru tersebut,
Saudara dapat mengajukan keberatan secara tertulis kepada Atasan PPID ${data.office.name} paling lambat 30 (tiga puluh) hari kerja
setelah ditemukannya alasan keberatan (UU Nomor 14 Tahun 2008 Pasal 35 ayat (1) dan Pasal 36 ayat (1)).</p>
</div>`;

  return documentPage({
    title: 'Pemberitahuan Perpanjangan Waktu',
    subtitle: 'Jawaban atas Permohonan Informasi Publik',
    office: data.office,
    number: data.number,
    dateText: data.dateText,
    body,
    closing: html`<p class="closing">Demikian pemberitahuan ini kami sampaikan. Atas perhatian dan pengertian Saudara kami ucapkan terima kasih.</p>`,
    signers: data.signers,
    verification: data.verification,
  });
}
