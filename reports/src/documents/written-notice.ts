import { html, type SafeHtml } from '../html.js';
import type { LetterheadOffice } from '../components/letterhead.js';
import type { Signer } from '../components/signature.js';
import { documentPage } from '../layout.js';
import { DEFAULT_TIME_ZONE, formatDateId, formatDateTimeId } from '../format.js';
import {
  addressee,
  contactText,
  DECISION_TEXT,
  DELIVERY_LABELS,
  exemptionBasis,
  fieldTable,
  FORM_LABELS,
  formatRupiah,
  label,
  multiline,
  requestDocCss,
  type FieldRow,
  type RequestDocRequest,
  type RequestDocRequester,
} from './request-common.js';

export interface WrittenNoticeDecision {
  /** granted_full | granted_partial | refused | not_held */
  decision: string;
  /** The date of the decision ('YYYY-MM-DD'). */
  decisionDate: string | null;
  /** Whether the office holds the information. */
  held: boolean | null;
  /** The public body that holds it, when the office does not. */
  holderBody: string | null;
  /** UU KIP Pasal 17 letters (a–j). */
  refusalBasis: readonly string[] | null;
  consequenceTest: string | null;
  refusalReason: string | null;
  /** What is blacked out and why (partial grants). */
  redactions: string | null;
  /** softcopy | hardcopy */
  form: string | null;
  /** Rupiah. */
  cost: number | null;
  /** How and when the information is delivered. */
  deliveryPlan: string | null;
}

export interface WrittenNoticeData {
  office: LetterheadOffice;
  timeZone?: string;
  request: RequestDocRequest;
  requester: RequestDocRequester;
  decision: WrittenNoticeDecision;
  number: string;
  dateText: string;
  verification: { code: string; url: string };
  /** The PPID. */
  signers: Signer[];
}

/**
 * "Pemberitahuan Tertulis" (UU 14/2008 Pasal 22 ayat 7; Perki 1/2010): whether the office holds the information
 * (or who does), the decision, for refusals and partial grants the Pasal 17 basis, the consequence test, the
 * reason and what is blacked out; the form, cost, delivery method and time; the right to object.
 */
export async function writtenNoticeHtml(data: WrittenNoticeData): Promise<string> {
  const tz = data.timeZone ?? DEFAULT_TIME_ZONE;
  const r = data.request;
  const d = data.decision;
  const exempt = d.decision === 'refused' || d.decision === 'granted_partial';
  const granted = d.decision === 'granted_full' || d.decision === 'granted_partial';
  const notHeld = d.decision === 'not_held' || d.held === false;

  const holding: SafeHtml = notHeld
    ? html`Informasi yang dimohon <span class="strong">tidak berada</span> di bawah penguasaan ${data.office.name}.
Informasi tersebut dikuasai oleh: <span class="strong">${d.holderBody?.trim() || 'tidak diketahui'}</span>${d.holderBody?.trim() ? html`; Pemohon dapat mengajukan permohonan kepada badan publik tersebut (UU Nomor 14 Tahun 2008 Pasal 22 ayat (7) huruf b).` : '.'}`
    : html`Informasi yang dimohon berada di bawah penguasaan ${data.office.name}.`;

  const decisionNote: Record<string, string> = {
    granted_full: 'Informasi yang dimohon diberikan seluruhnya.',
    granted_partial:
      'Informasi yang dimohon diberikan dengan menghitamkan atau mengaburkan bagian yang dikecualikan (UU Nomor 14 Tahun 2008 Pasal 22 ayat (7) huruf e).',
    refused: 'Informasi yang dimohon merupakan informasi yang dikecualikan sehingga tidak dapat diberikan.',
    not_held: 'Permohonan tidak dapat dipenuhi karena informasi yang dimohon tidak berada di bawah penguasaan kami.',
  };

  const delivery = d.deliveryPlan?.trim()
    ? d.deliveryPlan.trim()
    : granted
      ? `${r.deliveryMethods.map((m) => label(DELIVERY_LABELS, m)).join(', ') || '-'}, sesuai permohonan`
      : '-';

  const rows: FieldRow[] = [
    { no: '1.', label: 'Penguasaan informasi', value: holding },
    {
      no: '2.',
      label: 'Keputusan',
      value: html`<span class="decision">${label(DECISION_TEXT, d.decision)}</span><br>${decisionNote[d.decision] ?? ''}`,
    },
    {
      no: '3.',
      label: 'Dasar pengecualian',
      value: exempt ? exemptionBasis(d.refusalBasis) : notHeld ? '-' : 'Tidak ada (informasi tidak dikecualikan)',
    },
    { no: '4.', label: 'Uji konsekuensi', value: exempt ? multiline(d.consequenceTest) : '-' },
    { no: '5.', label: 'Alasan penolakan', value: multiline(d.refusalReason) },
    {
      no: '6.',
      label: 'Bagian yang dihitamkan/dikaburkan dan alasannya',
      value:
        d.decision === 'granted_partial'
          ? multiline(d.redactions)
          : d.decision === 'refused'
            ? 'Seluruh informasi yang dimohon dikecualikan'
            : 'Tidak ada',
    },
    { no: '7.', label: 'Bentuk informasi', value: granted ? label(FORM_LABELS, d.form) : '-' },
    {
      no: '8.',
      label: 'Biaya',
      value: granted ? ((d.cost ?? 0) > 0 ? formatRupiah(d.cost) : `${formatRupiah(0)} (tanpa biaya)`) : '-',
    },
    { no: '9.', label: 'Cara dan waktu penyampaian', value: multiline(delivery) },
    {
      no: '10.',
      label: 'Tanggal keputusan',
      value: d.decisionDate ? formatDateId(d.decisionDate, tz, { weekday: true }) : '-',
    },
  ];

  const body: SafeHtml = html`<style>${requestDocCss}</style>
${addressee(data.requester)}
<p>Berdasarkan permohonan informasi publik yang kami terima pada ${formatDateTimeId(r.receivedAt, tz, { weekday: true })}
dengan nomor registrasi ${r.number}, bersama ini kami sampaikan pemberitahuan tertulis sebagaimana dimaksud dalam
Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik Pasal 22 ayat (7), sebagai berikut:</p>

<div class="section-title">A. Pemohon Informasi</div>
${fieldTable([
  { label: 'Nama', value: data.requester.name },
  { label: 'Alamat', value: multiline(data.requester.address) },
  { label: 'Nomor telepon / email', value: contactText(data.requester) },
])}

<div class="section-title">B. Permohonan</div>
${fieldTable([
  { label: 'Nomor registrasi', value: r.number },
  { label: 'Tanggal diterima', value: formatDateId(r.receivedAt, tz, { weekday: true }) },
  { label: 'Informasi yang dimohon', value: multiline(r.informationRequested) },
  { label: 'Tujuan penggunaan informasi', value: multiline(r.purpose) },
])}

<div class="section-title">C. Pemberitahuan</div>
${fieldTable(rows)}

<div class="note-box">
<p><span class="strong">Hak mengajukan keberatan.</span> Apabila Saudara tidak menerima pemberitahuan ini, Saudara dapat mengajukan
keberatan secara tertulis kepada Atasan PPID ${data.office.name} paling lambat 30 (tiga puluh) hari kerja sejak menerima
pemberitahuan tertulis ini (UU Nomor 14 Tahun 2008 Pasal 35 ayat (1) dan Pasal 36 ayat (1)).</p>
</div>`;

  return documentPage({
    title: 'Pemberitahuan Tertulis',
    subtitle: 'Atas Permohonan Informasi Publik',
    office: data.office,
    number: data.number,
    dateText: data.dateText,
    body,
    closing: html`<p class="closing">Demikian pemberitahuan tertulis ini kami sampaikan. Atas perhatian Saudara kami ucapkan terima kasih.</p>`,
    signers: data.signers,
    verification: data.verification,
  });
}
