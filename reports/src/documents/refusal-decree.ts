/**
 * "Surat Keputusan PPID tentang Penolakan Permohonan Informasi", in the layout public implementations of the PerKI 1/2021
 * form agree on (docs/legal/perki-1-2019-clocks.md): the registration number, the requester and the information asked
 * for, the considerations (Menimbang, Mengingat), the decision that the information is exempt with its Pasal 17 basis
 * and the consequence test (UU 14/2008 Pasal 19), "PERMOHONAN INFORMASI DITOLAK", the right to object within the rule
 * set's working days, place and date, and the PPID's signature. A partly granted request gets it as far as refused.
 */
import { html, raw, type SafeHtml } from '../html.js';
import type { LetterheadOffice } from '../components/letterhead.js';
import type { Signer } from '../components/signature.js';
import { documentPage } from '../layout.js';
import { DEFAULT_TIME_ZONE, formatDateId } from '../format.js';
import { rightToObjectText } from '../legal/catalogue.js';
import {
  contactText,
  exemptionBasis,
  fieldTable,
  multiline,
  requestDocCss,
  type RequestDocRequest,
  type RequestDocRequester,
} from './request-common.js';

export interface RefusalDecreeData {
  office: LetterheadOffice;
  timeZone?: string;
  request: RequestDocRequest;
  requester: RequestDocRequester;
  /** true for a partly granted request: the decree covers the part that is refused */
  partial: boolean;
  /** UU 14/2008 Pasal 17 letters (a–j). */
  refusalBasis: readonly string[] | null;
  /** The consequence test (Pasal 19): the harm that opening the information would cause. */
  consequenceTest: string | null;
  refusalReason: string | null;
  /** For a partial grant: what is withheld (blacked out) and why. */
  redactions: string | null;
  /** 'YYYY-MM-DD' */
  decisionDate: string | null;
  /** The regulations the service follows (the request's regime: REGIME_BASIS). */
  regimeBasis: string;
  /** The request's rule set: working days to file an objection. */
  objectionFilingDays: number;
  number: string;
  dateText: string;
  /** null: a DRAF preview, not issued */
  verification: { code: string; url: string } | null;
  /** The PPID, with place and date. */
  signers: Signer[];
}

const decreeCss = raw(`
ol.consider { margin: 0 0 6pt 0; padding-left: 6mm; }
ol.consider li { margin: 0 0 3pt 0; text-align: justify; }
.decide { text-align: center; font-weight: bold; letter-spacing: 1pt; margin: 10pt 0 6pt 0; }
.verdict { text-align: center; font-weight: bold; font-size: 13pt; letter-spacing: 0.5pt; margin: 8pt 0; border: 1pt solid #000; padding: 3pt; }
.lead { font-weight: bold; margin: 8pt 0 3pt 0; }
/* text typed by people may hold emoji or other scripts whose glyphs are taller than the body font: a normal line
   height lets each line grow to hold them, so no glyph pokes out of the page's printable area */
.decree-text td.value, .decree-text p { line-height: normal; }
`);

export async function refusalDecreeHtml(d: RefusalDecreeData): Promise<string> {
  const tz = d.timeZone ?? DEFAULT_TIME_ZONE;
  const r = d.request;
  const received = formatDateId(r.receivedAt, tz);
  const body: SafeHtml = html`<style>${requestDocCss}${decreeCss}</style><div class="decree-text">
${fieldTable([
  { label: 'Nomor pendaftaran', value: r.number },
  { label: 'Nama', value: d.requester.name },
  { label: 'Alamat', value: multiline(d.requester.address) },
  { label: 'Nomor telepon / email', value: contactText(d.requester) },
  { label: 'Rincian informasi yang dibutuhkan', value: multiline(r.informationRequested) },
])}

<div class="lead">Menimbang:</div>
<ol class="consider" type="a">
<li>bahwa pada tanggal ${received} ${d.office.name} menerima permohonan informasi publik dari ${d.requester.name} dengan nomor pendaftaran ${r.number};</li>
<li>bahwa berdasarkan uji konsekuensi sebagaimana dimaksud dalam Undang-Undang Nomor 14 Tahun 2008 Pasal 19, ${d.partial ? 'sebagian' : 'seluruh'} informasi yang dimohon merupakan informasi yang dikecualikan sebagaimana dimaksud dalam Pasal 17 undang-undang tersebut;</li>
<li>bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Pejabat Pengelola Informasi dan Dokumentasi tentang Penolakan Permohonan Informasi;</li>
</ol>
<div class="lead">Mengingat:</div>
<ol class="consider">
<li>Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, Pasal 17, Pasal 19, Pasal 22 ayat (7) huruf c, Pasal 35 dan Pasal 36;</li>
<li>${d.regimeBasis}.</li>
</ol>

<div class="decide">MEMUTUSKAN:</div>
<p>Pejabat Pengelola Informasi dan Dokumentasi ${d.office.name} memutuskan bahwa ${
    d.partial
      ? html`sebagian informasi yang dimohon, yaitu: ${multiline(d.redactions)}, adalah`
      : 'informasi yang dimohon adalah'
  } <span class="strong">INFORMASI YANG DIKECUALIKAN</span>.</p>
<p>Bahwa berdasarkan pasal-pasal di bawah ini, membuka informasi tersebut dapat menimbulkan konsekuensi sebagaimana
diuraikan (uji konsekuensi, Undang-Undang Nomor 14 Tahun 2008 Pasal 19):</p>
${fieldTable([
  { label: 'Pengecualian informasi didasarkan pada alasan', value: exemptionBasis(d.refusalBasis) },
  { label: 'Konsekuensi bila informasi dibuka', value: multiline(d.consequenceTest) },
  ...(d.refusalReason?.trim() ? [{ label: 'Alasan penolakan', value: multiline(d.refusalReason) }] : []),
])}
<p>Dengan demikian menyatakan bahwa:</p>
<div class="verdict">PERMOHONAN INFORMASI DITOLAK</div>
${
  d.partial
    ? html`<p>Penolakan ini berlaku sebatas bagian informasi yang dikecualikan sebagaimana tersebut di atas; bagian selebihnya diberikan sebagaimana dinyatakan dalam Pemberitahuan Tertulis atas permohonan ini.</p>`
    : ''
}
<div class="note-box"><p>${rightToObjectText(d.objectionFilingDays)}</p></div></div>`;

  return documentPage({
    title: 'Surat Keputusan PPID',
    subtitle: 'tentang Penolakan Permohonan Informasi',
    office: d.office,
    number: d.number,
    dateText: d.dateText,
    body,
    closing: html`<p class="closing">Ditetapkan di ${d.signers[0]?.place ?? d.office.name}${
      d.decisionDate ? html`, keputusan tanggal ${formatDateId(d.decisionDate, tz)}` : ''
    }.</p>`,
    signers: d.signers,
    verification: d.verification,
  });
}
