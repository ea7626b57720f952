/**
 * The requester portal as pages (GET/POST /portal…): sign in with a code e-mailed to the registered address, the list
 * of one's requests and objections, a request with its status, deadlines, timeline and documents, the upload of what
 * an incomplete request lacks, and an objection online. Script-free, Indonesian first and English below, every value
 * escaped; every form is a POST that carries the session's CSRF token (the sign-in forms have no session yet).
 */
import { formatDateId, formatDateTimeId } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { GROUND_LETTERS, OBJECTION_GROUNDS_PASAL_35 } from '../legal/catalogue.js';
import { bilingual, heading, publicPageHtml, type Bilingual } from './public-layout.js';

/** The objection an office received online (or at the desk) against one of the requester's requests. */
export interface PortalObjection {
  id: number;
  number: string;
  requestId?: number;
  requestNumber?: string | null;
  status: Bilingual;
  filedDate: string;
  responseDueDate: string;
  grounds?: readonly string[];
}

export interface PortalRequestSummary {
  id: number;
  number: string;
  office: string;
  receivedDate: string;
  status: Bilingual;
  effectiveDueDate: string;
  extended: boolean;
  decision: Bilingual | null;
  decisionDate: string | null;
  canUpload: boolean;
  canObject: boolean;
  objectionUntil: string | null;
}

export interface PortalRequestDetail extends PortalRequestSummary {
  timeZone: string;
  informationRequested: string;
  purpose: string;
  incompleteNote: string | null;
  incompleteDueDate: string | null;
  /** the working days an objection may be filed in (the request's rule set), when the window is open or shown */
  objectionFilingDays: number | null;
  documents: readonly { id: number; title: string; number: string; issuedAt: string | Date }[];
  objections: readonly PortalObjection[];
  timeline: readonly { at: string | Date; label: Bilingual }[];
}

/** A message on a page: a success (ok), a refusal (bad) or a notice (warn). */
export interface PortalNotice {
  kind: 'ok' | 'bad' | 'warn';
  text: Bilingual;
}

const notice = (n: PortalNotice | null | undefined): SafeHtml | '' =>
  n
    ? html`<p class="status ${n.kind}" role="${n.kind === 'bad' ? 'alert' : 'status'}">${bilingual(n.text.id, n.text.en)}</p>`
    : '';

const date = (d: string | Date | null | undefined) => (d ? formatDateId(d) : '—');

function row(id: string, en: string, value: SafeHtml | string): SafeHtml {
  return html`<tr><th>${bilingual(id, en)}</th><td>${value}</td></tr>`;
}

const INTRO = html`<p class="muted">Portal pemohon informasi publik: lihat status permohonan Anda, unduh dokumen yang diterbitkan, lengkapi permohonan, dan ajukan keberatan.<span class="en" lang="en">The requester portal: see the status of your requests, download the documents issued to you, complete a request, and file an objection.</span></p>`;

function signOut(csrf: string): SafeHtml {
  return html`<form class="inline" method="post" action="/portal/keluar"><input type="hidden" name="csrf" value="${csrf}"><button type="submit">${bilingual('Keluar', 'Sign out')}</button></form>`;
}

export interface PortalSignInPageData {
  email?: string;
  notice?: PortalNotice | null;
}

/** Step 1: the e-mail address used on the request. */
export function portalSignInPageHtml(d: PortalSignInPageData): string {
  const body = html`${heading({ id: 'Masuk ke portal pemohon', en: 'Sign in to the requester portal' })}${INTRO}${notice(d.notice)}
<form class="box" method="post" action="/portal/kode">
<label for="email">${bilingual('Alamat email yang Anda cantumkan pada permohonan', 'The e-mail address on your request')}</label>
<input type="email" id="email" name="email" autocomplete="email" required maxlength="200" value="${d.email ?? ''}">
<p class="muted">Kami mengirim kode masuk 6 angka ke alamat ini. Kode berlaku 15 menit.<span class="en" lang="en">We e-mail a 6-digit sign-in code to this address. It is valid for 15 minutes.</span></p>
<button type="submit">${bilingual('Kirim kode', 'Send the code')}</button>
</form>
<p class="muted">Belum punya kode pelacakan atau belum mengajukan permohonan? <a href="/permohonan-informasi">Ajukan permohonan</a> · <a href="/lacak">Lacak dengan kode</a><span class="en" lang="en">No request yet? Make a request, or track one with its code.</span></p>`;
  return publicPageHtml({ title: 'Portal pemohon', body, narrow: true });
}

export interface PortalCodePageData {
  email: string;
  notice?: PortalNotice | null;
}

/** Step 2: the code from the e-mail (the same page whether or not the address is registered). */
export function portalCodePageHtml(d: PortalCodePageData): string {
  const body = html`${heading({ id: 'Kode telah dikirim', en: 'The code is on its way' })}${notice(d.notice)}
<p>Bila <b>${d.email}</b> tercantum pada permohonan informasi, kode masuk 6 angka telah dikirim ke alamat itu. Periksa kotak masuk (dan folder spam).<span class="en" lang="en">If this address is on a request for information, a 6-digit sign-in code has been sent to it. Check your inbox (and the spam folder).</span></p>
<form class="box" method="post" action="/portal/masuk">
<label for="code">${bilingual('Kode masuk', 'Sign-in code')}</label>
<input type="text" id="code" name="code" class="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required>
<button type="submit">${bilingual('Masuk', 'Sign in')}</button>
</form>
<p class="muted"><a href="/portal">Ganti alamat email atau minta kode baru</a><span class="en" lang="en">Use another address, or ask for a new code</span></p>`;
  return publicPageHtml({ title: 'Kode masuk', body, narrow: true });
}

export interface PortalListPageData {
  email: string;
  csrf: string;
  requests: readonly PortalRequestSummary[];
  objections: readonly PortalObjection[];
}

/** The requests and objections registered with the signed-in address. */
export function portalListPageHtml(d: PortalListPageData): string {
  const requests = d.requests.length
    ? html`<div class="scroll"><table class="cards"><thead><tr><th>${bilingual('Nomor', 'Number')}</th><th>${bilingual('Kantor', 'Office')}</th><th>${bilingual('Status', 'Status')}</th><th>${bilingual('Batas waktu jawaban', 'Answer due')}</th></tr></thead><tbody>${d.requests.map(
        (r) =>
          html`<tr><td data-label="Nomor / Number"><a href="/portal/permohonan/${r.id}">${r.number}</a></td><td data-label="Kantor / Office">${r.office}</td><td data-label="Status / Status">${bilingual(r.status.id, r.status.en)}${
            r.decision ? html`<div>${bilingual(r.decision.id, r.decision.en)}</div>` : ''
          }${r.canUpload ? html`<div class="err">${bilingual('Perlu dilengkapi', 'Needs completing')}</div>` : ''}${
            r.canObject ? html`<div>${bilingual('Dapat diajukan keberatan', 'An objection may be filed')}</div>` : ''
          }</td><td data-label="Batas waktu jawaban / Answer due">${date(r.effectiveDueDate)}${r.extended ? html` <span class="muted">(diperpanjang / extended)</span>` : ''}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p class="muted">${bilingual('Belum ada permohonan yang terdaftar dengan alamat ini.', 'No request is registered with this address yet.')}</p>`;
  const objections = d.objections.length
    ? html`<h2>${bilingual('Keberatan saya', 'My objections')}</h2><div class="scroll"><table class="cards"><thead><tr><th>${bilingual('Nomor', 'Number')}</th><th>${bilingual('Atas permohonan', 'On request')}</th><th>${bilingual('Status', 'Status')}</th><th>${bilingual('Batas waktu tanggapan', 'Answer due')}</th></tr></thead><tbody>${d.objections.map(
        (o) =>
          html`<tr><td data-label="Nomor / Number">${o.number}</td><td data-label="Atas permohonan / On request">${o.requestId ? html`<a href="/portal/permohonan/${o.requestId}">${o.requestNumber ?? ''}</a>` : '—'}</td><td data-label="Status / Status">${bilingual(o.status.id, o.status.en)}</td><td data-label="Batas waktu tanggapan / Answer due">${date(o.responseDueDate)}</td></tr>`,
      )}</tbody></table></div>`
    : '';
  const body = html`${heading({ id: 'Permohonan saya', en: 'My requests' })}<p class="muted">${bilingual(html`Masuk sebagai <b>${d.email}</b>`, 'Signed in with this address')}</p>${signOut(d.csrf)}
${requests}${objections}`;
  return publicPageHtml({ title: 'Permohonan saya', body });
}

export interface PortalRequestPageData {
  csrf: string;
  request: PortalRequestDetail;
  notice?: PortalNotice | null;
  /** the objection just filed: its receipt is shown at the top */
  filed?: PortalObjection | null;
  /** what was typed in the objection form after a refusal */
  objectionValues?: { grounds: readonly string[]; reasons: string };
}

function receipt(o: PortalObjection): SafeHtml {
  return html`<section class="status ok" id="tanda-terima"><h2>${bilingual('Tanda terima keberatan', 'Objection receipt')}</h2><table class="facts"><tbody>
${row('Nomor keberatan', 'Objection number', html`<b>${o.number}</b>`)}
${row('Tanggal diajukan', 'Filed on', date(o.filedDate))}
${row('Batas waktu tanggapan Atasan PPID', 'The Atasan PPID answers by', date(o.responseDueDate))}
${o.grounds?.length ? row('Alasan keberatan', 'Grounds', html`<ul class="signers">${o.grounds.map((g) => groundItem(g))}</ul>`) : ''}
</tbody></table><p>Simpan nomor ini. Atasan PPID menanggapi keberatan secara tertulis; bila Anda tidak puas dengan tanggapannya, Anda dapat mengajukan sengketa ke Komisi Informasi.<span class="en" lang="en">Keep this number. The Atasan PPID answers the objection in writing; if you are not satisfied with the answer, you may take the dispute to the Information Commission.</span></p></section>`;
}

function groundItem(g: string): SafeHtml {
  const label = OBJECTION_GROUNDS_PASAL_35[g as keyof typeof OBJECTION_GROUNDS_PASAL_35];
  return label ? html`<li>${g}. ${bilingual(label.id, label.en)}</li>` : html`<li>${g}</li>`;
}

/** One request: status, deadlines, what happened, documents, and what the requester can do now. */
export function portalRequestPageHtml(d: PortalRequestPageData): string {
  const r = d.request;
  const facts = html`<table class="facts"><tbody>
${row('Kantor', 'Office', r.office)}
${row('Status', 'Status', bilingual(r.status.id, r.status.en))}
${row('Tanggal diterima', 'Received', date(r.receivedDate))}
${row('Batas waktu jawaban', 'Answer due', html`${date(r.effectiveDueDate)}${r.extended ? html` <span class="muted">(diperpanjang / extended)</span>` : ''}`)}
${r.decision ? row('Keputusan', 'Decision', html`${bilingual(r.decision.id, r.decision.en)}${r.decisionDate ? html`<div class="muted">${date(r.decisionDate)}</div>` : ''}`) : ''}
${r.objectionUntil ? row('Batas pengajuan keberatan', 'Objections until', date(r.objectionUntil)) : ''}
${row('Informasi yang dimohon', 'Information requested', r.informationRequested)}
${row('Tujuan penggunaan', 'Purpose', r.purpose)}
</tbody></table>`;
  const timeline = r.timeline.length
    ? html`<h2>${bilingual('Riwayat', 'What happened')}</h2><table><tbody>${r.timeline.map(
        (e) =>
          html`<tr><td>${formatDateTimeId(e.at, r.timeZone)}</td><td>${bilingual(e.label.id, e.label.en)}</td></tr>`,
      )}</tbody></table>`
    : '';
  const documents = html`<h2>${bilingual('Dokumen', 'Documents')}</h2>${
    r.documents.length
      ? html`<ul>${r.documents.map(
          (doc) =>
            html`<li><a href="/api/public/portal/requests/${r.id}/documents/${doc.id}" download>${doc.title}</a> <span class="muted">${doc.number} · ${formatDateId(doc.issuedAt, r.timeZone)}</span></li>`,
        )}</ul>`
      : html`<p class="muted">${bilingual('Belum ada dokumen yang diterbitkan.', 'No document has been issued yet.')}</p>`
  }`;
  const upload = r.canUpload
    ? html`<h2 id="lengkapi">${bilingual('Lengkapi permohonan', 'Complete the request')}</h2>
<div class="status warn">${bilingual('Permohonan Anda belum lengkap.', 'Your request is incomplete.')}${
        r.incompleteNote
          ? html`<p><b>${bilingual('Yang perlu dilengkapi:', 'What it lacks:')}</b> ${r.incompleteNote}</p>`
          : ''
      }${r.incompleteDueDate ? html`<p>${bilingual(html`Lengkapi paling lambat <b>${formatDateId(r.incompleteDueDate)}</b>.`, 'Complete it by this date.')}</p>` : ''}</div>
<form class="box" method="post" action="/portal/permohonan/${r.id}/berkas" enctype="multipart/form-data"><input type="hidden" name="csrf" value="${d.csrf}">
<label for="file">${bilingual('Berkas (PDF/JPEG/PNG, paling besar 5 MB)', 'File (PDF/JPEG/PNG, at most 5 MB)')}</label>
<input type="file" id="file" name="file" accept="application/pdf,image/jpeg,image/png" required>
<p><button type="submit">${bilingual('Unggah', 'Upload')}</button></p>
</form>`
    : '';
  const typed = d.objectionValues ?? { grounds: [], reasons: '' };
  const objectionForm = r.canObject
    ? html`<h2 id="keberatan">${bilingual('Ajukan keberatan', 'File an objection')}</h2>
<p>Anda dapat mengajukan keberatan kepada Atasan PPID${r.objectionFilingDays ? html` dalam ${r.objectionFilingDays} hari kerja` : ''}, paling lambat <b>${date(r.objectionUntil)}</b> (UU 14/2008 Pasal 35 dan 36).<span class="en" lang="en">You may object to the Atasan PPID${r.objectionFilingDays ? ` within ${r.objectionFilingDays} working days` : ''}, by ${date(r.objectionUntil)} at the latest (Law 14/2008 Articles 35 and 36).</span></p>
<form class="box" method="post" action="/portal/permohonan/${r.id}/keberatan"><input type="hidden" name="csrf" value="${d.csrf}">
<fieldset><legend>${bilingual('Alasan keberatan (Pasal 35 ayat 1)', 'Grounds (Article 35(1))')}</legend>${GROUND_LETTERS.map(
        (g) =>
          html`<label><input type="checkbox" name="grounds" value="${g}" ${typed.grounds.includes(g) ? 'checked' : ''}> ${g}. ${OBJECTION_GROUNDS_PASAL_35[g].id}<span class="en" lang="en">${OBJECTION_GROUNDS_PASAL_35[g].en}</span></label>`,
      )}</fieldset>
<label for="reasons">${bilingual('Uraian keberatan', 'Your reasons')}</label>
<textarea id="reasons" name="reasons" rows="5" maxlength="5000" required>${typed.reasons}</textarea>
<p><button type="submit">${bilingual('Ajukan keberatan', 'File the objection')}</button></p>
</form>`
    : r.objectionUntil && !r.canObject
      ? html`<p class="muted">${bilingual(
          html`Batas pengajuan keberatan secara daring telah lewat (${date(r.objectionUntil)}). Hubungi meja layanan informasi bila ada alasan yang dapat diterima.`,
          'The time to file an objection online has passed. Contact the information desk if there is a reason it can accept.',
        )}</p>`
      : '';
  const objections = r.objections.length
    ? html`<h2>${bilingual('Keberatan', 'Objections')}</h2><div class="scroll"><table class="cards"><thead><tr><th>${bilingual('Nomor', 'Number')}</th><th>${bilingual('Diajukan', 'Filed')}</th><th>${bilingual('Status', 'Status')}</th><th>${bilingual('Batas tanggapan', 'Answer due')}</th></tr></thead><tbody>${r.objections.map(
        (o) =>
          html`<tr><td data-label="Nomor / Number">${o.number}</td><td data-label="Diajukan / Filed">${date(o.filedDate)}</td><td data-label="Status / Status">${bilingual(o.status.id, o.status.en)}</td><td data-label="Batas tanggapan / Answer due">${date(o.responseDueDate)}</td></tr>`,
      )}</tbody></table></div>`
    : '';
  const body = html`<p><a href="/portal/permohonan">\u2190 ${bilingual('Permohonan saya', 'My requests')}</a></p>
${heading({ id: `Permohonan ${r.number}`, en: `Request ${r.number}` })}${signOut(d.csrf)}${notice(d.notice)}${d.filed ? receipt(d.filed) : ''}
${facts}${upload}${objectionForm}${objections}${documents}${timeline}`;
  return publicPageHtml({ title: `Permohonan ${r.number}`, body });
}

export interface PortalMessagePageData {
  title: Bilingual;
  text: Bilingual;
  /** where the requester goes next */
  back?: { href: string; label: Bilingual };
}

/** A page that only says something: not found, refused (CSRF), session ended. */
export function portalMessagePageHtml(d: PortalMessagePageData): string {
  const body = html`${heading(d.title)}<p>${bilingual(d.text.id, d.text.en)}</p>${
    d.back ? html`<p><a href="${d.back.href}">${bilingual(d.back.label.id, d.back.label.en)}</a></p>` : ''
  }`;
  return publicPageHtml({ title: typeof d.title.id === 'string' ? d.title.id : 'Portal pemohon', body, narrow: true });
}
