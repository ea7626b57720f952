import { html, type SafeHtml } from '../html.js';
import type { LetterheadOffice } from '../components/letterhead.js';
import type { Signer } from '../components/signature.js';
import { documentPage } from '../layout.js';
import { DEFAULT_TIME_ZONE, formatDateId, formatDateTimeId } from '../format.js';
import {
  CHANNEL_LABELS,
  checkList,
  countWords,
  deadlineSentence,
  DELIVERY_LABELS,
  fieldTable,
  label,
  multiline,
  OBTAIN_LABELS,
  requestDocCss,
  requesterRows,
  type DeadlineInfo,
  type RequestDocRequest,
  type RequestDocRequester,
} from './request-common.js';

export interface RequestReceiptData {
  office: LetterheadOffice;
  /** The office's IANA zone, e.g. 'Asia/Jakarta': the time of receipt is shown in it. */
  timeZone?: string;
  request: RequestDocRequest;
  /** Code the requester uses to follow the request on the public tracking page (printed when given). */
  trackingCode?: string | null;
  requester: RequestDocRequester;
  /** The answer deadline (10 working days unless the office's rules say otherwise). */
  deadline: DeadlineInfo;
  /** Working days by which the deadline may be extended once (default 7). */
  extensionDays?: number;
  /** Set when the request was already extended before this receipt was printed. */
  extended?: DeadlineInfo | null;
  number: string;
  dateText: string;
  /** null: a DRAF preview, not issued */
  verification: { code: string; url: string } | null;
  /** "Petugas Pelayanan Informasi" (left) and "Pemohon Informasi" (right). */
  signers: Signer[];
}

/**
 * "Tanda Bukti Penerimaan Permohonan Informasi Publik" (Perki 1/2010 form, SOP 1 step 1): the registration
 * number, time of receipt, the requester, what is asked and how, and the answer deadline with its reasoning.
 */
export async function requestReceiptHtml(data: RequestReceiptData): Promise<string> {
  const tz = data.timeZone ?? DEFAULT_TIME_ZONE;
  const r = data.request;
  const ext = data.extensionDays ?? 7;

  const body: SafeHtml = html`<style>${requestDocCss}</style>
<p>Telah diterima permohonan informasi publik pada ${data.office.name} dengan keterangan sebagai berikut:</p>

<section class="fieldset">
<div class="section-title">A. Data Permohonan</div>
${fieldTable([
  { label: 'Nomor registrasi permohonan', value: html`<span class="strong">${r.number}</span>` },
  { label: 'Tanggal dan waktu diterima', value: formatDateTimeId(r.receivedAt, tz, { weekday: true }) },
  { label: 'Cara pengajuan permohonan', value: label(CHANNEL_LABELS, r.channel) },
  ...(data.trackingCode
    ? [{ label: 'Kode pelacakan', value: html`<span class="code">${data.trackingCode}</span>` }]
    : []),
])}
</section>

<section class="fieldset">
<div class="section-title">B. Identitas Pemohon</div>
${fieldTable(requesterRows(data.requester))}
</section>

<section class="fieldset">
<div class="section-title">C. Informasi yang Dimohon</div>
${fieldTable([
  { label: 'Rincian informasi yang dibutuhkan', value: multiline(r.informationRequested) },
  { label: 'Tujuan penggunaan informasi', value: multiline(r.purpose) },
  { label: 'Cara memperoleh informasi', value: checkList(OBTAIN_LABELS, r.obtainMethods) },
  { label: 'Cara mendapatkan salinan informasi', value: checkList(DELIVERY_LABELS, r.deliveryMethods) },
])}
</section>

<section class="fieldset">
<div class="section-title">D. Batas Waktu Pemberitahuan Tertulis</div>
${fieldTable([
  {
    label: 'Paling lambat',
    value: html`<span class="strong">${formatDateId(data.deadline.due, tz, { weekday: true })}</span>`,
  },
  {
    label: 'Dasar perhitungan',
    value: html`${deadlineSentence(data.deadline)} (UU Nomor 14 Tahun 2008 Pasal 22 ayat (7)).`,
  },
  data.extended
    ? {
        label: 'Diperpanjang sampai',
        value: html`<span class="strong">${formatDateId(data.extended.due, tz, { weekday: true })}</span> \u2014 ${deadlineSentence(data.extended)}.`,
      }
    : {
        label: 'Perpanjangan',
        value: `Dapat diperpanjang satu kali paling lama ${countWords(ext)} hari kerja dengan pemberitahuan tertulis yang memuat alasannya (UU Nomor 14 Tahun 2008 Pasal 22 ayat (8)).`,
      },
])}
</section>`;

  // the last text: kept on one page with the signatures and the verification box
  const closing: SafeHtml = html`<div class="note-box">
<p><span class="strong">Hak mengajukan keberatan.</span> Apabila permohonan ini ditolak, tidak ditanggapi, ditanggapi tidak sebagaimana yang diminta,
tidak dipenuhi, dikenakan biaya yang tidak wajar, atau disampaikan melebihi jangka waktu di atas, Pemohon berhak mengajukan keberatan secara
tertulis kepada Atasan PPID ${data.office.name} paling lambat 30 (tiga puluh) hari kerja setelah ditemukannya alasan keberatan
(UU Nomor 14 Tahun 2008 Pasal 35 dan Pasal 36).</p>
<p>Simpan tanda bukti ini; sebutkan nomor registrasi permohonan${data.trackingCode ? html` atau kode pelacakan <span class="code">${data.trackingCode}</span>` : ''} setiap kali menanyakan perkembangan permohonan.</p>
</div>`;

  return documentPage({
    title: 'Tanda Bukti Penerimaan Permohonan Informasi Publik',
    office: data.office,
    number: data.number,
    dateText: data.dateText,
    body,
    closing,
    signers: data.signers,
    verification: data.verification,
  });
}
