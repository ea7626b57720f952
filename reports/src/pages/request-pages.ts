/**
 * The public web form for a request for information, its confirmation and the tracking page (GET/POST
 * /permohonan-informasi, GET /lacak): script-free, Indonesian first and English below, every value escaped.
 */
import { formatDateId } from '../format.js';
import { html, raw, type SafeHtml } from '../html.js';
import { rightToObjectText } from '../legal/catalogue.js';
import { DELIVERY_LABELS, OBTAIN_LABELS, REQUESTER_TYPE_LABELS } from '../documents/request-common.js';
import { ELECTION_KIND_LABELS, ELECTION_KINDS, REGIME_BASIS } from '../legal/catalogue.js';
import { bilingual, heading, publicPageHtml, type Bilingual, type PublicPageOffice } from './public-layout.js';

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

/** A label in Indonesian and English. */
export interface FormLabel {
  id: string;
  en: string;
}

/**
 * The one map from the fields of the public form (the names it posts, which are the server's field keys without the
 * `requester.` prefix) to the labels a citizen reads: the form prints them and every message about a field names it
 * by them, never by a DTO path.
 */
export const FORM_FIELDS = {
  officeCode: { id: 'Kantor tujuan', en: 'Office' },
  type: { id: 'Jenis pemohon', en: 'Requester type' },
  name: { id: 'Nama', en: 'Name' },
  nik: { id: 'NIK', en: 'National ID number (NIK)' },
  deedNumber: { id: 'Nomor akta pendirian', en: 'Deed of establishment number' },
  ratificationNumber: { id: 'Nomor pengesahan Kemenkumham', en: 'Ministry of Law ratification number' },
  powerOfAttorney: { id: 'Surat kuasa khusus', en: 'Special power of attorney' },
  representativeName: { id: 'Nama wakil', en: 'Representative' },
  address: { id: 'Alamat', en: 'Address' },
  phone: { id: 'Nomor telepon', en: 'Telephone' },
  email: { id: 'Email', en: 'E-mail' },
  occupation: { id: 'Pekerjaan', en: 'Occupation' },
  file: { id: 'Pindaian identitas', en: 'Scan of the identity document' },
  informationRequested: { id: 'Rincian informasi yang dibutuhkan', en: 'The information you need' },
  purpose: { id: 'Tujuan penggunaan informasi', en: 'What it is for' },
  obtainMethods: { id: 'Cara memperoleh informasi', en: 'How to obtain the information' },
  deliveryMethods: { id: 'Cara mendapatkan salinan', en: 'How to receive copies' },
  regime: { id: 'Tentang Pemilu atau Pemilihan', en: 'About an election' },
  electionKind: { id: 'Jenis pemilihan', en: 'Kind of election' },
  electionName: { id: 'Nama Pemilu/Pemilihan', en: 'Which election' },
} as const satisfies Record<string, FormLabel>;
export type FormField = keyof typeof FORM_FIELDS;

export type FormRequesterType = 'person' | 'entity' | 'group';
/** The requester fields the form shows and sends for each type (the server drops the others). */
export const FIELDS_BY_TYPE: Record<FormRequesterType, readonly FormField[]> = {
  person: ['name', 'nik', 'address', 'phone', 'email', 'occupation'],
  entity: ['name', 'deedNumber', 'ratificationNumber', 'representativeName', 'address', 'phone', 'email'],
  group: ['name', 'representativeName', 'nik', 'powerOfAttorney', 'address', 'phone', 'email', 'occupation'],
};
/** The requester fields each type must fill (besides name and address, which every type must; and a phone or e-mail). */
export const REQUIRED_BY_TYPE: Record<FormRequesterType, readonly FormField[]> = {
  person: ['nik'],
  entity: ['deedNumber', 'ratificationNumber'],
  group: ['nik', 'powerOfAttorney'],
};

/** An office in the form's list; `group` is the heading it is listed under (its province, or the national office). */
export interface FormOffice {
  code: string;
  name: string;
  group?: string;
}

export interface RequestFormPageData {
  /** The offices to choose from (narrowed by the search step), in order. */
  offices: readonly FormOffice[];
  /** The provinces of the search step (their office codes and names). */
  provinces?: readonly { code: string; name: string }[];
  /** The search step: the province and the typed text; `noMatch` when nothing matched (all offices are listed). */
  search?: { provinsi?: string; cari?: string; noMatch?: boolean };
  /** The office chosen by `?kantor=` or in a refused submission: the page carries its letterhead. */
  office?: PublicPageOffice | null;
  /** What was typed (after a refused submission) or the office chosen by `?kantor=`. */
  values: Record<string, unknown>;
  /** Messages per field, Indonesian and English. */
  errors: Record<string, Bilingual>;
  /** Why the submission was refused. */
  message?: Bilingual | null;
}

const list = (v: unknown): string[] =>
  v === undefined || v === '' ? [] : Array.isArray(v) ? v.map(String) : [String(v)];

/** The fields that are a group of choices: a message links to the group's message, not to one of its boxes. */
const CHOICE_FIELDS: readonly string[] = ['type', 'obtainMethods', 'deliveryMethods', 'regime', 'electionKind'];
const REQUIRED_MARK = html`<span class="req" aria-hidden="true">*</span>`;
const TYPES = Object.keys(REQUESTER_TYPE_LABELS) as FormRequesterType[];
/** The classes that show a field only for the types that have it (CSS `:has()` on the checked type). */
const typeClasses = (k: FormField): string => {
  const types = TYPES.filter((t) => FIELDS_BY_TYPE[t].includes(k));
  return types.length === TYPES.length ? 'field' : `field by-type ${types.map((t) => `for-${t}`).join(' ')}`;
};
/** Labels that differ by type: the name of a legal entity, the group's representative. */
const TYPE_LABELS: Partial<Record<FormField, Partial<Record<FormRequesterType, FormLabel>>>> = {
  name: {
    person: { id: 'Nama lengkap', en: 'Full name' },
    entity: { id: 'Nama badan hukum', en: 'Name of the legal entity' },
    group: { id: 'Nama kelompok', en: 'Name of the group' },
  },
  nik: {
    person: { id: 'NIK (16 angka, pada KTP)', en: 'National ID number (16 digits, on the ID card)' },
    group: { id: 'NIK wakil kelompok (16 angka)', en: 'NIK of the group’s representative (16 digits)' },
  },
  representativeName: {
    entity: { id: 'Nama yang mewakili badan hukum', en: 'Who represents the entity' },
    group: { id: 'Nama wakil kelompok', en: 'The group’s representative' },
  },
};
const HINTS: Partial<Record<FormField, FormLabel>> = {
  phone: {
    id: 'Isi nomor telepon atau email, paling sedikit satu.',
    en: 'Give a telephone number or an e-mail, at least one.',
  },
  powerOfAttorney: {
    id: 'Nomor dan tanggal surat kuasa khusus dari anggota kelompok.',
    en: 'Number and date of the special power of attorney from the group’s members.',
  },
};

export function requestFormPageHtml(d: RequestFormPageData): string {
  const val = (k: string) => (typeof d.values[k] === 'string' ? (d.values[k] as string) : '');
  const type: FormRequesterType = (TYPES as string[]).includes(val('type'))
    ? (val('type') as FormRequesterType)
    : 'person';
  const errId = (k: string) => `${k}-err`;
  const err = (k: string) =>
    d.errors[k] ? html`<div class="err" id="${errId(k)}">${bilingual(d.errors[k].id, d.errors[k].en)}</div>` : '';
  /** aria attributes of an input: its error and hint, whether it is invalid and required. */
  const aria = (k: string, required: 'attr' | 'aria' | false, hint = false) => {
    const described = [hint ? `${k}-hint` : '', d.errors[k] ? errId(k) : ''].filter(Boolean).join(' ');
    return html`${required === 'attr' ? raw(' required aria-required="true"') : required === 'aria' ? raw(' aria-required="true"') : ''}${
      d.errors[k] ? raw(' aria-invalid="true"') : ''
    }${described ? html` aria-describedby="${described}"` : ''}`;
  };
  const labelText = (k: FormField): SafeHtml => {
    const byType = TYPE_LABELS[k];
    if (!byType) return bilingual(FORM_FIELDS[k].id, FORM_FIELDS[k].en);
    return html`${TYPES.filter((t) => FIELDS_BY_TYPE[t].includes(k)).map((t) => {
      const l = byType[t] ?? FORM_FIELDS[k];
      return html`<span class="by-type for-${t}">${bilingual(l.id, l.en)}</span>`;
    })}`;
  };
  /** A requester field: always required (name, address), required for some types (NIK…), or optional. */
  const identity = (k: FormField, inputType = 'text', autocomplete = '') => {
    const always = k === 'name' || k === 'address';
    const some = TYPES.filter((t) => REQUIRED_BY_TYPE[t].includes(k));
    // the browser's own check only where the field is never hidden; a field of some types carries aria-required
    const required = always ? 'attr' : some.length ? 'aria' : false;
    const mark = always
      ? REQUIRED_MARK
      : some.map((t) => html`<span class="by-type for-${t} req" aria-hidden="true">*</span>`);
    const hint = HINTS[k];
    const input =
      k === 'address'
        ? html`<textarea id="${k}" name="${k}" rows="2" autocomplete="street-address"${aria(k, required, !!hint)}>${val(k)}</textarea>`
        : html`<input type="${inputType}" id="${k}" name="${k}" value="${val(k)}"${autocomplete ? html` autocomplete="${autocomplete}"` : ''}${
            k === 'nik' ? raw(' inputmode="numeric" maxlength="16"') : ''
          }${aria(k, required, !!hint)}>`;
    return html`<div class="${typeClasses(k)}"><label for="${k}">${labelText(k)} ${mark}</label>${
      hint ? html`<div class="hint" id="${k}-hint">${bilingual(hint.id, hint.en)}</div>` : ''
    }${input}${err(k)}</div>`;
  };
  const checks = (
    name: 'obtainMethods' | 'deliveryMethods',
    labels: Record<string, string>,
    en: Record<string, string>,
  ) =>
    html`<fieldset class="checks"${d.errors[name] ? html` aria-describedby="${errId(name)}"` : ''}><legend>${bilingual(FORM_FIELDS[name].id, FORM_FIELDS[name].en)} ${REQUIRED_MARK} <span class="hint">(pilih paling sedikit satu<span class="en" lang="en">choose at least one</span>)</span></legend>${Object.entries(
      labels,
    ).map(
      ([k, l]) =>
        html`<label><input type="checkbox" name="${name}" value="${k}" ${list(d.values[name]).includes(k) ? 'checked' : ''}> ${l.toLowerCase()} <span class="en" lang="en">${en[k]}</span></label>`,
    )}${err(name)}</fieldset>`;

  const search = d.search ?? {};
  const narrowed = !!(search.provinsi || search.cari) && !search.noMatch;
  const groups: { name: string; offices: FormOffice[] }[] = [];
  for (const o of d.offices) {
    const g = o.group ?? '';
    const last = groups[groups.length - 1];
    if (last && last.name === g) last.offices.push(o);
    else groups.push({ name: g, offices: [o] });
  }
  const option = (o: FormOffice) =>
    html`<option value="${o.code}" ${o.code === val('officeCode') ? 'selected' : ''}>${o.name}</option>`;
  const officeSearch = html`<form method="get" class="inline office-search" role="search" aria-label="Cari kantor tujuan / Find the office">
<label for="provinsi">${bilingual('Provinsi', 'Province')}</label><select id="provinsi" name="provinsi"><option value="">— semua provinsi / all provinces —</option>${(
    d.provinces ?? []
  ).map(
    (p) => html`<option value="${p.code}" ${p.code === search.provinsi ? 'selected' : ''}>${p.name}</option>`,
  )}</select>
<label for="cari">${bilingual('Kabupaten/kota', 'Regency/city')}</label><input type="search" id="cari" name="cari" value="${search.cari ?? ''}" placeholder="mis. Lebak">
<button type="submit">${bilingual('Cari kantor', 'Find the office')}</button></form>
${search.noMatch ? html`<p class="err">${bilingual('Tidak ada kantor yang cocok dengan pencarian Anda; semua kantor ditampilkan di bawah.', 'No office matches your search; every office is listed below.')}</p>` : ''}
${narrowed ? html`<p class="muted">${bilingual(`${d.offices.length} kantor cocok dengan pencarian Anda.`, d.offices.length === 1 ? 'One office matches your search.' : `${d.offices.length} offices match your search.`)} <a href="/permohonan-informasi">${bilingual('Tampilkan semua kantor', 'Show every office')}</a></p>` : ''}`;

  const problems = Object.keys(d.errors);
  const summary = d.message
    ? html`<div class="status bad err-summary" id="ringkasan"><p><b>${bilingual(d.message.id, d.message.en)}</b></p>${
        problems.length
          ? html`<ul>${problems.map((k) => html`<li><a href="#${CHOICE_FIELDS.includes(k) || !(k in FORM_FIELDS) ? errId(k) : k}">${bilingual(d.errors[k].id, d.errors[k].en)}</a></li>`)}</ul>`
          : ''
      }</div>`
    : '';
  const regime = val('regime');
  const body = html`${heading({ id: 'Formulir permohonan informasi publik', en: 'Request for public information' })}
<p class="muted">UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik. Sudah punya kode? <a href="/lacak">Lacak permohonan</a>.<span class="en" lang="en">Law 14/2008 on Public Information Disclosure. Already have a code? Track your request.</span></p>
${summary}
<p class="legend">${REQUIRED_MARK} ${bilingual('Tanda bintang: wajib diisi.', 'An asterisk marks a required field.')}</p>
<h2>${bilingual('1. Kantor tujuan', '1. The office')}</h2>
<p class="hint">${bilingual(
    'Kirim permohonan ke kantor KPU yang menguasai informasi itu — untuk urusan kabupaten/kota Anda, KPU kabupaten/kota Anda. Pilih provinsi atau ketik nama kabupaten/kota, lalu pilih kantornya.',
    'Send the request to the KPU office that holds the information — for matters of your regency or city, its KPU office. Choose the province or type the regency/city, then choose the office.',
  )}</p>
${officeSearch}
<form method="post" enctype="multipart/form-data" class="request"${problems.length ? raw(' aria-describedby="ringkasan"') : ''}>
<input type="hidden" name="provinsi" value="${search.provinsi ?? ''}"><input type="hidden" name="cari" value="${search.cari ?? ''}">
<div class="field"><label for="officeCode">${bilingual(FORM_FIELDS.officeCode.id, FORM_FIELDS.officeCode.en)} ${REQUIRED_MARK}</label><select id="officeCode" name="officeCode"${aria('officeCode', 'attr')}><option value="">— pilih kantor / choose the office —</option>${groups.map(
    (g) => (g.name ? html`<optgroup label="${g.name}">${g.offices.map(option)}</optgroup>` : g.offices.map(option)),
  )}</select>${err('officeCode')}</div>
<h2>${bilingual('2. Identitas pemohon', '2. The requester')}</h2>
<fieldset class="types"${d.errors.type ? html` aria-describedby="${errId('type')}"` : ''}><legend>${bilingual(FORM_FIELDS.type.id, FORM_FIELDS.type.en)} ${REQUIRED_MARK}</legend>${TYPES.map(
    (t) =>
      html`<label><input type="radio" id="type-${t}" name="type" value="${t}" required ${t === type ? 'checked' : ''}> ${REQUESTER_TYPE_LABELS[t]} <span class="en" lang="en">${TYPE_EN[t]}</span></label>`,
  )}${err('type')}</fieldset>
${identity('name', 'text', 'name')}
${identity('nik')}
${identity('deedNumber')}
${identity('ratificationNumber')}
${identity('representativeName')}
${identity('powerOfAttorney')}
${identity('address')}
${identity('phone', 'tel', 'tel')}
${identity('email', 'email', 'email')}
${identity('occupation')}
<div class="field"><label for="file">${bilingual('Pindaian identitas (KTP, akta, atau surat kuasa; PDF/JPEG/PNG, paling besar 5 MB)', 'Scan of the identity document (ID card, deed or power of attorney; PDF/JPEG/PNG, at most 5 MB)')}</label><input type="file" id="file" name="file" accept="application/pdf,image/jpeg,image/png"${aria('file', false)}>${err('file')}</div>
<div class="hp" aria-hidden="true"><label for="website">Situs web (jangan diisi) / Website (leave empty)</label><input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off"></div>
<h2>${bilingual('3. Informasi yang dimohon', '3. The information requested')}</h2>
<div class="field"><label for="informationRequested">${bilingual(FORM_FIELDS.informationRequested.id, FORM_FIELDS.informationRequested.en)} ${REQUIRED_MARK}</label><textarea id="informationRequested" name="informationRequested" rows="4"${aria('informationRequested', 'attr')}>${val('informationRequested')}</textarea>${err('informationRequested')}</div>
<div class="field"><label for="purpose">${bilingual(FORM_FIELDS.purpose.id, FORM_FIELDS.purpose.en)} ${REQUIRED_MARK}</label><textarea id="purpose" name="purpose" rows="2"${aria('purpose', 'attr')}>${val('purpose')}</textarea>${err('purpose')}</div>
<fieldset class="regime"${d.errors.regime ? html` aria-describedby="${errId('regime')}"` : ''}><legend>${bilingual('Apakah informasi ini tentang Pemilu atau Pemilihan?', 'Is this information about an election?')}</legend>
<div class="hint">${bilingual(
    'Misalnya daftar pemilih, pencalonan, kampanye, atau hasil penghitungan suara. Informasi Pemilu dan Pemilihan dilayani menurut aturannya sendiri: ' +
      REGIME_BASIS.election +
      '. Bila ragu, pilih “Tidak”: petugas memeriksa setiap permohonan dan dapat mengubahnya.',
    'For example the voter list, candidacies, campaigns or vote counts. Election information is served under its own rules (PerKI 1/2019). If unsure, choose “No”: the desk checks every request and can change it.',
  )}</div>
<label><input type="radio" id="regime-general" name="regime" value="general" ${regime === 'general' ? 'checked' : ''}> Tidak <span class="en" lang="en">No</span></label>
<label><input type="radio" id="regime-election" name="regime" value="election" ${regime === 'election' ? 'checked' : ''}> Ya <span class="en" lang="en">Yes</span></label>${err('regime')}
<div class="for-election"><fieldset class="checks"${d.errors.electionKind ? html` aria-describedby="${errId('electionKind')}"` : ''}><legend>${bilingual(FORM_FIELDS.electionKind.id, FORM_FIELDS.electionKind.en)}</legend>${ELECTION_KINDS.map(
    (k) =>
      html`<label><input type="radio" name="electionKind" value="${k}" ${val('electionKind') === k ? 'checked' : ''}> ${ELECTION_KIND_LABELS[k].id} <span class="en" lang="en">${ELECTION_KIND_LABELS[k].en}</span></label>`,
  )}${err('electionKind')}</fieldset>
<label for="electionName">${bilingual('Pemilu/Pemilihan yang mana (bila tahu)', 'Which election (if you know)')}</label><input type="text" id="electionName" name="electionName" value="${val('electionName')}" placeholder="mis. Pemilihan Bupati dan Wakil Bupati Lebak 2024"${aria('electionName', false)}>${err('electionName')}</div>
</fieldset>
${checks('obtainMethods', OBTAIN_LABELS, OBTAIN_EN)}
${checks('deliveryMethods', DELIVERY_LABELS, DELIVERY_EN)}
<button type="submit">${bilingual('Kirim permohonan', 'Send the request')}</button>
</form>`;
  return publicPageHtml({ title: 'Permohonan informasi publik', office: d.office, body });
}

export interface RequestSubmittedPageData {
  office: string;
  trackingCode: string;
  /** The answer days of the office's rule set in force. */
  answerDays: number;
  /** The office's letterhead on the page. */
  letterhead?: PublicPageOffice | null;
}

export function requestSubmittedPageHtml(d: RequestSubmittedPageData): string {
  const body = html`${heading({ id: 'Permohonan Anda telah kami terima', en: 'We have received your request' })}<div class="muted">${d.office}</div>
<p class="ok">${bilingual('Simpan kode pelacakan ini:', 'Keep this tracking code:')}</p><p class="code">${d.trackingCode}</p>
<p>Petugas desk pelayanan informasi akan memeriksa identitas Anda lalu meregistrasi permohonan. Batas waktu jawaban ${d.answerDays} hari kerja dihitung sejak permohonan diterima.<span class="en" lang="en">The information desk checks your identity and then registers the request. The answer is due within ${d.answerDays} working days of its receipt.</span></p>
<p><a href="/lacak?kode=${d.trackingCode}">${bilingual('Lacak permohonan', 'Track the request')}</a></p>
<p class="muted">Setelah permohonan diregistrasi, Anda dapat masuk ke <a href="/portal">portal pemohon</a> dengan kode yang dikirim ke email Anda untuk melihat dokumen, melengkapi kekurangan, atau mengajukan keberatan.<span class="en" lang="en">Once the request is registered, you can sign in to the requester portal with a code sent to your e-mail to see the documents, complete what is missing, or file an objection.</span></p>`;
  return publicPageHtml({ title: 'Permohonan terkirim', office: d.letterhead, body });
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
