/**
 * The public verification page the QR code of every document points to (GET /verifikasi/:code): script-free HTML,
 * the issuing office's branding, every time in that office's zone with its abbreviation once, Indonesian first and
 * English below. It states what the register holds; only a missing code is a verdict on authenticity — an outage
 * is not (status "unavailable": try again).
 */
import type { LetterheadOffice } from '../components/letterhead.js';
import { html, type SafeHtml } from '../html.js';
import { formatDateTimeId, timeZoneLabelId } from '../format.js';
import { bilingual, publicPageHtml } from './public-layout.js';

export interface VerificationPageSigner {
  role: string;
  name: string;
  position: string | null;
  signedAt: Date | string;
}

export interface VerificationPageDocument {
  number: string;
  title: string;
  issuedAt: Date;
  sha256: string | null;
  signers: readonly VerificationPageSigner[];
  supersededBy: { number: string; verificationCode: string; issuedAt: Date } | null;
}

export interface VerificationPageData {
  /** found: the code is registered; unknown: it is not; unavailable: the register cannot be read now */
  status: 'found' | 'unknown' | 'unavailable';
  code: string;
  /** The issuing office (found only): its letterhead lines and its time zone. */
  office?: (LetterheadOffice & { timeZone: string }) | null;
  document?: VerificationPageDocument | null;
  /** The result of comparing an uploaded file, when one was sent. */
  comparison?: { matches: boolean; sha256: string; size: number } | null;
  /** A problem with the upload (no file, too large), Indonesian and English. */
  uploadError?: { id: string; en: string } | null;
  /** The largest file the compare form accepts. */
  maxUploadBytes: number;
}

/** "23 November 2026, 14:05 WITA" — the English line of an instant (the zone's abbreviation once). */
function dateTimeEn(at: Date | string, timeZone: string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
  return `${text.replace(' at ', ', ')} ${timeZoneLabelId(timeZone, d)}`;
}

function when(at: Date | string, timeZone: string): SafeHtml {
  return bilingual(formatDateTimeId(at, timeZone), dateTimeEn(at, timeZone));
}

function megabytes(n: number): string {
  return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
}

export function verificationPageHtml(d: VerificationPageData): string {
  const code = d.code.toUpperCase();
  let main: SafeHtml;
  if (d.status === 'unavailable') {
    main = html`<h1>${bilingual('Verifikasi dokumen', 'Document verification')}</h1>
<div class="status warn" id="unavailable"><b>Layanan verifikasi sedang tidak tersedia, coba lagi.</b> Register dokumen tidak dapat dibaca saat ini; ini bukan penilaian atas keaslian dokumen dengan kode <b>${code}</b>. Silakan muat ulang halaman ini beberapa saat lagi.
<span class="en" lang="en">The verification service is unavailable right now; please try again. The register cannot be read at the moment: this says nothing about whether the document is genuine.</span></div>`;
  } else if (d.status === 'unknown' || !d.document || !d.office) {
    main = html`<h1>${bilingual('Dokumen tidak dikenal', 'Unknown document')}</h1>
<div class="status bad" id="unknown">Tidak ada dokumen dengan kode <b>${code}</b> di Lentera. Periksa kembali kode yang Anda ketik; bila kodenya benar, dokumen ini mungkin tidak asli.
<span class="en" lang="en">No document with this code exists in Lentera. Check the code you typed; if it is right, the document may not be genuine.</span></div>`;
  } else {
    const doc = d.document;
    const tz = d.office.timeZone;
    const comparison = d.comparison
      ? d.comparison.matches
        ? html`<div class="status ok" id="verdict"><b>COCOK.</b> Berkas yang Anda unggah sama persis (SHA-256) dengan dokumen yang diterbitkan.<span class="en" lang="en">MATCH: the file you uploaded is exactly the issued document.</span></div>`
        : html`<div class="status bad" id="verdict"><b>TIDAK COCOK.</b> Berkas yang Anda unggah berbeda dari dokumen yang terdaftar (SHA-256 berkas: <code>${d.comparison.sha256}</code>).<span class="en" lang="en">NO MATCH: the file you uploaded is not the registered document.</span></div>`
      : '';
    const superseded = doc.supersededBy
      ? html`<div class="status bad" id="superseded"><b>Telah diganti.</b> Dokumen ini sah diterbitkan, tetapi telah diganti oleh dokumen nomor <b>${doc.supersededBy.number}</b> (<a href="/verifikasi/${doc.supersededBy.verificationCode}">kode ${doc.supersededBy.verificationCode}</a>), terbit ${formatDateTimeId(doc.supersededBy.issuedAt, tz)}.
<span class="en" lang="en">This document was validly issued but replaced by a later edition, issued ${dateTimeEn(doc.supersededBy.issuedAt, tz)}.</span></div>`
      : '';
    const signers = doc.signers.length
      ? html`<tr><th>${bilingual('Ditandatangani oleh', 'Signed by')}</th><td><ul class="signers">${doc.signers.map(
          (s) =>
            html`<li>${s.name}${s.position ? `, ${s.position}` : ''} (${s.role}) \u2014 ${when(s.signedAt, tz)}</li>`,
        )}</ul></td></tr>`
      : '';
    main = html`<h1>${bilingual('Dokumen terdaftar', 'Registered document')}</h1>
<div class="status ok" id="registered">Kode <b>${code}</b> terdaftar di Lentera: dokumen ini diterbitkan oleh ${d.office.name}.
<span class="en" lang="en">This code is registered in Lentera: the document was issued by ${d.office.name}.</span></div>
${comparison}${superseded}
<table class="facts">
<tr><th>${bilingual('Nomor', 'Number')}</th><td>${doc.number}</td></tr>
<tr><th>${bilingual('Judul', 'Title')}</th><td>${doc.title}</td></tr>
<tr><th>${bilingual('Diterbitkan oleh', 'Issued by')}</th><td>${d.office.name}</td></tr>
<tr><th>${bilingual('Waktu terbit', 'Issued at')}</th><td id="issued-at">${when(doc.issuedAt, tz)}</td></tr>
${signers}
<tr><th>SHA-256</th><td><code>${doc.sha256 ?? '-'}</code></td></tr>
</table>`;
  }
  const uploadError = d.uploadError
    ? html`<div class="status bad" id="upload-error">${d.uploadError.id}<span class="en" lang="en">${d.uploadError.en}</span></div>`
    : '';
  const form =
    d.status === 'found'
      ? html`<form class="box" method="post" enctype="multipart/form-data" action="/verifikasi/${encodeURIComponent(code)}">
<label>${bilingual(
          `Cocokkan berkas PDF yang Anda terima (paling besar ${megabytes(d.maxUploadBytes)}):`,
          'Check the PDF file you received:',
        )}<br><input type="file" name="file" accept="application/pdf" required></label>
<p><button type="submit">Periksa / Check</button></p>
</form>`
      : '';
  return publicPageHtml({
    title: 'Verifikasi dokumen',
    office: d.status === 'found' ? d.office : null,
    narrow: true,
    noReferrer: true,
    body: html`${uploadError}${main}${form}`,
  });
}
