import * as QRCode from 'qrcode';
import { html, raw, type SafeHtml } from '../html.js';
import { MONO_FONTS } from '../fonts.js';

export interface VerificationInfo {
  /** Document number, e.g. "012/PPID/3602/XI/2026". */
  number: string;
  /** Document date, already formatted, e.g. "23 November 2026". */
  dateText: string;
  /** Verification code printed on the document. */
  code: string;
  /** Verification page; the QR code points to it. */
  url: string;
}

export const verificationCss: SafeHtml = raw(`
.verif { margin-top: 16pt; border: 0.75pt solid #000; padding: 2.5mm 3mm; break-inside: avoid; page-break-inside: avoid; font-size: 9.5pt; line-height: 1.3; }
.verif-table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.verif-table td { border: none; padding: 0; vertical-align: middle; }
.verif-qr { width: 27mm; }
.verif-qr img { display: block; width: 25mm; height: 25mm; }
.verif-meta { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 3pt; }
.verif-meta td { border: none; padding: 0 2mm 0 0; vertical-align: top; }
.verif-meta td.k { width: 27mm; }
.verif-meta td.c { width: 3mm; }
.verif-code { font-family: ${MONO_FONTS}; font-weight: bold; letter-spacing: 0.5pt; }
`);

/** QR code of `text` as an SVG data: URL (no inline markup from the library reaches the page). */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 3 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/** Box with the document number, date, verification code and a QR code to the verification URL. */
export async function verificationBox(info: VerificationInfo): Promise<SafeHtml> {
  const qr = await qrDataUrl(info.url);
  return html`<section class="verif">
<table class="verif-table" role="presentation"><tr>
<td class="verif-qr"><img src="${qr}" alt="Kode QR verifikasi"></td>
<td>
<table class="verif-meta" role="presentation">
<tr><td class="k">Nomor dokumen</td><td class="c">:</td><td>${info.number}</td></tr>
<tr><td>Tanggal</td><td>:</td><td>${info.dateText}</td></tr>
<tr><td>Kode verifikasi</td><td>:</td><td><span class="verif-code">${info.code}</span></td></tr>
</table>
<div>Keaslian dokumen ini dapat diperiksa di <span class="verif-url">${info.url}</span> dengan kode <span class="verif-code">${info.code}</span>.</div>
</td>
</tr></table>
</section>`;
}
