/**
 * The public verification page the QR code of every document points to (GET /verifikasi/:code): script-free HTML,
 * the issuing office's branding, every time in that office's zone with its abbreviation once, Indonesian first and
 * English below. It states what the register holds; only a missing code is a verdict on authenticity — an outage
 * is not (status "unavailable": try again).
 */
import { emblemSvg, type LetterheadOffice } from '../components/letterhead.js';
import { html, raw, type SafeHtml } from '../html.js';
import { formatDateTimeId, timeZoneLabelId } from '../format.js';

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

const CSS =
  raw(`body{font-family:system-ui,'Segoe UI',Roboto,sans-serif;max-width:820px;margin:1.5rem auto;padding:0 1rem;color:#1f1f1f;line-height:1.45}
header.brand{display:flex;gap:1rem;align-items:center;border-bottom:4px double #7a1f1f;padding-bottom:.6rem;margin-bottom:1rem}
header.brand svg{width:56px;height:auto;flex:none}.brand .l1{font-weight:700;letter-spacing:.03em;text-transform:uppercase}
.brand .l2{font-weight:700;font-size:1.15rem;text-transform:uppercase}.brand .addr{color:#555;font-size:.85rem}
h1{font-size:1.35rem;margin:.4rem 0}.en{color:#555;font-style:italic;display:block;font-size:.92em}
.status{border-radius:6px;padding:.7rem 1rem;margin:1rem 0}.ok{background:#e8f5e9;border:1px solid #1b5e20;color:#1b5e20}
.bad{background:#fdecea;border:1px solid #b71c1c;color:#b71c1c}.warn{background:#fff8e1;border:1px solid #8d6e00;color:#5d4700}
table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{border:1px solid #ccc;padding:.4rem .6rem;vertical-align:top;text-align:left}
th{background:#f6f0f0;width:32%}code{word-break:break-all;font-size:.85rem}ul.signers{margin:0;padding-left:1.1rem}
form{margin-top:1.5rem;padding:1rem;border:1px solid #ccc;border-radius:6px}button{background:#7a1f1f;color:#fff;border:0;border-radius:4px;padding:.4rem .9rem;font:inherit;cursor:pointer}
footer{margin-top:2rem;color:#666;font-size:.85rem;border-top:1px solid #ddd;padding-top:.6rem}`);

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

function bilingual(id: string | SafeHtml, en: string | SafeHtml): SafeHtml {
  return html`${id}<span class="en" lang="en">${en}</span>`;
}

function when(at: Date | string, timeZone: string): SafeHtml {
  return bilingual(formatDateTimeId(at, timeZone), dateTimeEn(at, timeZone));
}

function brand(office: VerificationPageData['office']): SafeHtml {
  if (!office)
    return html`<header class="brand">${emblemSvg()}<div><div class="l1">Lentera</div><div class="l2">Verifikasi dokumen</div><div class="addr">Layanan informasi publik KPU</div></div></header>`;
  const place = [office.address, office.city].filter((x) => x && x.trim()).join(', ');
  return html`<header class="brand">${emblemSvg()}<div><div class="l1">${office.letterheadLine1 || office.name}</div>${
    office.letterheadLine2 ? html`<div class="l2">${office.letterheadLine2}</div>` : ''
  }${place ? html`<div class="addr">${place}</div>` : ''}</div></header>`;
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
<table>
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
      ? html`<form method="post" enctype="multipart/form-data" action="/verifikasi/${encodeURIComponent(code)}">
<label>${bilingual(
          `Cocokkan berkas PDF yang Anda terima (paling besar ${megabytes(d.maxUploadBytes)}):`,
          'Check the PDF file you received:',
        )}<br><input type="file" name="file" accept="application/pdf" required></label>
<p><button type="submit">Periksa / Check</button></p>
</form>`
      : '';
  const body = html`${brand(d.status === 'found' ? d.office : null)}
<main>${uploadError}${main}${form}</main>
<footer>Lentera \u2014 layanan informasi publik. Halaman ini tidak memakai JavaScript.<span class="en" lang="en">This page runs no script.</span></footer>`;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="referrer" content="no-referrer"><title>Verifikasi dokumen \u2014 Lentera</title><style>${CSS.toString()}</style></head><body>${body.toString()}</body></html>`;
}
