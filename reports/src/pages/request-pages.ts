/**
 * The public web form for a request for information, its confirmation and the tracking page (GET/POST
 * /permohonan-informasi, GET /lacak): script-free, Indonesian first and English below, every value escaped.
 */
import { formatDateId } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { rightToObjectText } from '../legal/catalogue.js';
import { DELIVERY_LABELS, OBTAIN_LABELS, REQUESTER_TYPE_LABELS } from '../documents/request-common.js';
import { bilingual, heading, publicPageHtml, type Bilingual } from './public-layout.js';

const TYPE_EN: Record<string, string> = { person: 'Individual', entity: 'Legal entity', group: 'Group of persons' };
const OBTAIN_EN: Record<string, string> = {
  see: 'see',
  read: 'read',
  listen: 'listen',
  note: 'take notes',
  softcopy: 'soft copy',
  hardcopy: 'hard copy',
};
const DELIVERY_EN: Record<string, string> = {
  pickup: 'collect in person',
  courier: 'courier',
  post: 'post',
  fax: 'fax',
  email: 'e-mail',
};

/** The identity fields of the form, in order: name, Indonesian label, English label, input type. */
const IDENTITY_FIELDS: readonly (readonly [string, string, string, string?])[] = [
  ['name', 'Nama', 'Name'],
  ['nik', 'NIK (perorangan, atau wakil kelompok)', 'National ID number (individual, or the group’s representative)'],
  ['deedNumber', 'Nomor akta pendirian (badan hukum)', 'Deed of establishment (legal entity)'],
  ['ratificationNumber', 'Nomor pengesahan Kemenkumham (badan hukum)', 'Ministry of Law ratification (legal entity)'],
  ['powerOfAttorney', 'Surat kuasa khusus (kelompok orang)', 'Special power of attorney (group)'],
  ['representativeName', 'Nama wakil/kuasa', 'Representative'],
  ['address', 'Alamat', 'Address'],
  ['phone', 'Nomor telepon', 'Telephone'],
  ['email', 'Email', 'E-mail', 'email'],
  ['occupation', 'Pekerjaan', 'Occupation'],
];

export interface RequestFormPageData {
  offices: readonly { code: string; name: string }[];
  /** What was typed (after a refused submission) or the office chosen by `?kantor=`. */
  values: Record<string, unknown>;
  /** Messages per field, Indonesian and English. */
  errors: Record<string, Bilingual>;
  /** Why the submission was refused. */
  message?: Bilingual | null;
}

const list = (v: unknown): string[] =>
  v === undefined || v === '' ? [] : Array.isArray(v) ? v.map(String) : [String(v)];

export function requestFormPageHtml(d: RequestFormPageData): string {
  const val = (k: string) => (typeof d.values[k] === 'string' ? (d.values[k] as string) : '');
  const err = (k: string) =>
    d.errors[k] ? html`<div class="err">${bilingual(d.errors[k].id, d.errors[k].en)}</div>` : '';
  const label = (k: string, id: string, en: string) => html`<label for="${k}">${bilingual(id, en)}</label>`;
  const text = ([k, id, en, type = 'text']: readonly [string, string, string, string?]) =>
    html`${label(k, id, en)}<input type="${type}" id="${k}" name="${k}" value="${val(k)}">${err(k)}`;
  const checks = (name: string, labels: Record<string, string>, en: Record<string, string>) =>
    Object.entries(labels).map(
      ([k, l]) =>
        html`<label><input type="checkbox" name="${name}" value="${k}" ${list(d.values[name]).includes(k) ? 'checked' : ''}> ${l.toLowerCase()} <span class="en" lang="en">${en[k]}</span></label>`,
    );
  const body = html`${heading({ id: 'Formulir permohonan informasi publik', en: 'Request for public information' })}
<p class="muted">UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik. Sudah punya kode? <a href="/lacak">Lacak permohonan</a>.<span class="en" lang="en">Law 14/2008 on Public Information Disclosure. Already have a code? Track your request.</span></p>
${d.message ? html`<p class="err">${bilingual(d.message.id, d.message.en)}</p>` : ''}
<form method="post" enctype="multipart/form-data">
${label('officeCode', 'Kantor tujuan', 'Office')}<select id="officeCode" name="officeCode">${d.offices.map((o) => html`<option value="${o.code}" ${o.code === val('officeCode') ? 'selected' : ''}>${o.name}</option>`)}</select>${err('officeCode')}
<fieldset><legend>${bilingual('Identitas pemohon', 'The requester')}</legend>
${label('type', 'Jenis pemohon', 'Requester type')}<select id="type" name="type">${Object.entries(REQUESTER_TYPE_LABELS).map(([k, l]) => html`<option value="${k}" ${k === (val('type') || 'person') ? 'selected' : ''}>${l} / ${TYPE_EN[k]}</option>`)}</select>${err('type')}
${IDENTITY_FIELDS.map(text)}
${label('file', 'Pindaian identitas (PDF/JPEG/PNG, paling besar 5 MB)', 'Scan of the identity document (PDF/JPEG/PNG, at most 5 MB)')}<input type="file" id="file" name="file" accept="application/pdf,image/jpeg,image/png">${err('file')}
</fieldset>
<fieldset><legend>${bilingual('Informasi yang dimohon', 'The information requested')}</legend>
${label('informationRequested', 'Rincian informasi yang dibutuhkan', 'The information you need')}<textarea id="informationRequested" name="informationRequested" rows="4">${val('informationRequested')}</textarea>${err('informationRequested')}
${label('purpose', 'Tujuan penggunaan informasi', 'What it is for')}<textarea id="purpose" name="purpose" rows="2">${val('purpose')}</textarea>${err('purpose')}
<div class="checks"><label>${bilingual('Cara memperoleh informasi:', 'How to obtain it:')}</label>${checks('obtainMethods', OBTAIN_LABELS, OBTAIN_EN)}${err('obtainMethods')}</div>
<div class="checks"><label>${bilingual('Cara mendapatkan salinan:', 'How to receive copies:')}</label>${checks('deliveryMethods', DELIVERY_LABELS, DELIVERY_EN)}${err('deliveryMethods')}</div>
</fieldset>
<button type="submit">${bilingual('Kirim permohonan', 'Send')}</button>
</form>`;
  return publicPageHtml({ title: 'Permohonan informasi publik', body });
}

export interface RequestSubmittedPageData {
  office: string;
  trackingCode: string;
  /** The answer days of the office's rule set in force. */
  answerDays: number;
}

export function requestSubmittedPageHtml(d: RequestSubmittedPageData): string {
  const body = html`${heading({ id: 'Permohonan Anda telah kami terima', en: 'We have received your request' })}<div class="muted">${d.office}</div>
<p class="ok">${bilingual('Simpan kode pelacakan ini:', 'Keep this tracking code:')}</p><p class="code">${d.trackingCode}</p>
<p>Petugas desk pelayanan informasi akan memeriksa identitas Anda lalu meregistrasi permohonan. Batas waktu jawaban ${d.answerDays} hari kerja dihitung sejak permohonan diterima.<span class="en" lang="en">The information desk checks your identity and then registers the request. The answer is due within ${d.answerDays} working days of its receipt.</span></p>
<p><a href="/lacak?kode=${d.trackingCode}">${bilingual('Lacak permohonan', 'Track the request')}</a></p>`;
  return publicPageHtml({ title: 'Permohonan terkirim', body });
}

/** What the tracking page shows of a request: no personal data. */
export interface TrackedRequest {
  office: string;
  status: Bilingual;
  number?: string | null;
  receivedDate?: string | Date | null;
  dueDate?: string | Date | null;
  extended?: boolean;
  decision?: Bilingual | null;
  note?: string | null;
  /** after a refusal (in whole or in part): the working days an objection may be filed in (the request's rule set) */
  objectionFilingDays?: number | null;
}

export interface TrackingPageData {
  code: string;
  /** The request found, 'not-found', or nothing when no code was typed. */
  result?: TrackedRequest | 'not-found' | null;
}

function row(id: string, en: string, value: SafeHtml | string): SafeHtml {
  return html`<tr><th>${bilingual(id, en)}</th><td>${value}</td></tr>`;
}

export function trackingPageHtml(d: TrackingPageData): string {
  const form = html`<form class="inline" method="get"><input type="text" name="kode" aria-label="Kode pelacakan" placeholder="ABCD-1234" value="${d.code}"><button type="submit">${bilingual('Lacak', 'Track')}</button></form>`;
  const t = d.result;
  const result =
    t === 'not-found'
      ? html`<p class="err">${bilingual('Kode pelacakan tidak ditemukan.', 'No request has this tracking code.')}</p>`
      : t
        ? html`<h2>${t.office}</h2><table class="facts"><tbody>
${row('Status', 'Status', bilingual(t.status.id, t.status.en))}
${t.number ? row('Nomor registrasi', 'Registration number', t.number) : ''}
${t.receivedDate ? row('Tanggal diterima', 'Received', formatDateId(t.receivedDate)) : ''}
${t.dueDate ? row('Batas waktu jawaban', 'Answer due', `${formatDateId(t.dueDate)}${t.extended ? ' (diperpanjang)' : ''}`) : ''}
${t.decision ? row('Keputusan', 'Decision', bilingual(t.decision.id, t.decision.en)) : ''}
${t.note ? row('Catatan', 'Note', t.note) : ''}
</tbody></table>${
            t.objectionFilingDays
              ? html`<div class="status warn"><p>${rightToObjectText(t.objectionFilingDays)}</p><p>Keberatan dapat diajukan secara daring melalui <a href="/portal">portal pemohon</a> (masuk dengan alamat email yang Anda cantumkan pada permohonan), atau di meja layanan informasi.<span class="en" lang="en">If you disagree with this decision you may file a written objection with the Atasan PPID within ${t.objectionFilingDays} working days of receiving it (Law 14/2008 Articles 35 and 36): online in the requester portal (sign in with the e-mail address on your request), or at the information desk.</span></p></div>`
              : ''
          }`
        : '';
  const body = html`${heading({ id: 'Lacak permohonan informasi', en: 'Track a request for information' })}
<p class="muted">Masukkan kode pada tanda bukti penerimaan. Halaman ini tidak menampilkan data pribadi.<span class="en" lang="en">Type the code printed on the receipt. This page shows no personal data.</span></p>${form}${result}
<p>Ingin melihat semua permohonan Anda, mengunduh dokumennya, melengkapi permohonan, atau mengajukan keberatan? <a href="/portal">Masuk ke portal pemohon</a>.<span class="en" lang="en">To see all your requests, download their documents, complete a request or file an objection, sign in to the requester portal.</span></p>`;
  return publicPageHtml({ title: 'Lacak permohonan', body });
}
