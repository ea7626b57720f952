import { html, raw, type HtmlValue, type SafeHtml } from '../html.js';
import {
  NOTICE_BASIS,
  NOTICE_ITEM_LETTERS,
  NOTICE_ITEMS,
  rightToObjectText,
  type NoticeItemLetter,
} from '../legal/catalogue.js';
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
  /** Pasal 22 ayat (7) huruf d: the material that will be given (granted wholly or partly). */
  materialProvided?: string | null;
  /** Pasal 22 ayat (7) huruf g: how to pay (method, account or instructions), when there is a cost. */
  paymentMethod?: string | null;
}

export interface WrittenNoticeData {
  office: LetterheadOffice;
  timeZone?: string;
  request: RequestDocRequest;
  requester: RequestDocRequester;
  decision: WrittenNoticeDecision;
  /** The request's rule set: working days to file an objection (UU 14/2008 Pasal 36 ayat (1): 30). */
  objectionFilingDays?: number;
  number: string;
  dateText: string;
  /** null: a DRAF preview, not issued */
  verification: { code: string; url: string } | null;
  /** The PPID. */
  signers: Signer[];
}

const DECISION_NOTE: Record<string, string> = {
  granted_full: 'Permohonan diterima; informasi yang dimohon diberikan seluruhnya.',
  granted_partial:
    'Permohonan diterima sebagian; informasi diberikan dengan menghitamkan atau mengaburkan bagian yang dikecualikan.',
  refused:
    'Permohonan ditolak karena informasi yang dimohon merupakan informasi yang dikecualikan. Keputusan penolakan dituangkan dalam Surat Keputusan PPID tentang Penolakan Permohonan Informasi.',
  not_held: 'Permohonan tidak dapat dipenuhi karena informasi yang dimohon tidak berada di bawah penguasaan kami.',
};

/**
 * "Pemberitahuan Tertulis" (UU 14/2008 Pasal 22 ayat (7)): every element of huruf a–g as its own numbered item under
 * the catalogue's heading (NOTICE_ITEMS) — whether the office holds the information, the body that holds it, granted or
 * refused with the Pasal 17 basis and the consequence test, the material to be provided, what is blacked out and why,
 * the means of delivery and format, the cost and how to pay it — then the right to object within the rule set's days.
 */
export async function writtenNoticeHtml(data: WrittenNoticeData): Promise<string> {
  const tz = data.timeZone ?? DEFAULT_TIME_ZONE;
  const r = data.request;
  const d = data.decision;
  const exempt = d.decision === 'refused' || d.decision === 'granted_partial';
  const granted = d.decision === 'granted_full' || d.decision === 'granted_partial';
  const notHeld = d.decision === 'not_held' || d.held === false;
  const holder = d.holderBody?.trim();

  const item: Record<NoticeItemLetter, HtmlValue> = {
    a: notHeld
      ? html`Informasi yang dimohon <span class="strong">tidak berada</span> di bawah penguasaan ${data.office.name}.`
      : html`Informasi yang dimohon <span class="strong">berada</span> di bawah penguasaan ${data.office.name}.`,
    b: notHeld
      ? holder
        ? html`Informasi tersebut dikuasai oleh <span class="strong">${holder}</span>; Pemohon dapat mengajukan permohonan kepada badan publik tersebut.`
        : 'Badan publik yang menguasai informasi tersebut tidak diketahui.'
      : html`${data.office.name} (badan publik yang menerima permohonan ini).`,
    c: html`<span class="decision">${label(DECISION_TEXT, d.decision)}</span><br>${DECISION_NOTE[d.decision] ?? ''}
${
  exempt
    ? html`<div class="sub-item"><span class="strong">Dasar pengecualian (Pasal 17):</span> ${exemptionBasis(d.refusalBasis)}</div>
<div class="sub-item"><span class="strong">Uji konsekuensi:</span> ${multiline(d.consequenceTest)}</div>
<div class="sub-item"><span class="strong">Alasan:</span> ${multiline(d.refusalReason)}</div>`
    : granted
      ? html`<div class="sub-item">Informasi yang dimohon tidak termasuk informasi yang dikecualikan.</div>`
      : ''
}`,
    d: granted ? multiline(d.materialProvided) : 'Tidak ada materi informasi yang diberikan.',
    e:
      d.decision === 'granted_partial'
        ? multiline(d.redactions)
        : d.decision === 'refused'
          ? 'Seluruh informasi yang dimohon dikecualikan sehingga tidak diberikan.'
          : 'Tidak ada bagian yang dihitamkan atau dikaburkan.',
    f: granted
      ? html`Format: ${label(FORM_LABELS, d.form)}<br>Alat penyampai: ${multiline(
          d.deliveryPlan?.trim() ||
            `${r.deliveryMethods.map((m) => label(DELIVERY_LABELS, m)).join(', ') || '-'}, sesuai permohonan`,
        )}`
      : 'Tidak ada informasi yang disampaikan.',
    g: granted
      ? (d.cost ?? 0) > 0
        ? html`${formatRupiah(d.cost)}<br>Cara pembayaran: ${multiline(d.paymentMethod)}`
        : `Tanpa biaya (${formatRupiah(0)}).`
      : `Tanpa biaya (${formatRupiah(0)}).`,
  };
  const rows: FieldRow[] = NOTICE_ITEM_LETTERS.map((l) => ({
    no: `${l}.`,
    label: NOTICE_ITEMS[l].id,
    value: item[l],
  }));

  const body: SafeHtml = html`<style>${requestDocCss}${noticeCss}</style>
${addressee(data.requester)}
<p>Berdasarkan permohonan informasi publik yang kami terima pada ${formatDateTimeId(r.receivedAt, tz, { weekday: true })}
dengan nomor registrasi ${r.number}, bersama ini kami sampaikan pemberitahuan tertulis sebagaimana dimaksud dalam
${NOTICE_BASIS}, sebagai berikut:</p>

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

<div class="section-title">C. Pemberitahuan (Pasal 22 ayat (7) huruf a\u2013g)</div>
${fieldTable(rows)}
${fieldTable([
  {
    label: 'Tanggal keputusan',
    value: d.decisionDate ? formatDateId(d.decisionDate, tz, { weekday: true }) : '-',
  },
])}

<div class="note-box">
<p><span class="strong">Hak mengajukan keberatan.</span> ${rightToObjectText(data.objectionFilingDays ?? 30)}</p>
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

const noticeCss = raw(`
.sub-item { margin-top: 2pt; }
`);
