import { html, raw, type SafeHtml } from './html.js';
import { letterhead, letterheadCss, type LetterheadOffice } from './components/letterhead.js';
import { signatureBlocks, signatureCss, type Signer } from './components/signature.js';
import { verificationBox, verificationCss } from './components/verification.js';
import { tableCss } from './components/table.js';
import { SERIF_FONTS } from './fonts.js';

export interface DocumentPageInput {
  /** Document title, printed centred in bold capitals, e.g. "Daftar Pengguna Lentera". */
  title: string;
  /** Optional line under the title, e.g. the office name or the period. */
  subtitle?: string | null;
  office: LetterheadOffice;
  /** Document number, printed as "Nomor: ...". */
  number: string;
  /** Document date, already formatted (e.g. formatDateId(...)); shown in the verification box. */
  dateText: string;
  /** The document's content, built with `html`. */
  body: SafeHtml;
  /**
   * The last lines of the text (e.g. "Demikian … kami sampaikan."): printed after the body and kept on one page
   * with the signatures and the verification box.
   */
  closing?: SafeHtml | null;
  signers?: Signer[];
  /**
   * The verification code and page of the issued document; null for a preview that is not issued (watermarked DRAF,
   * no number, no verification code, no QR code).
   */
  verification: { code: string; url: string } | null;
  /** A4 landscape (the document's `@page` size: PdfRenderer prints it so whatever `landscape` it is given). */
  landscape?: boolean;
}

/**
 * Fixed document policy: nothing may be loaded from outside the document, and no script runs.
 * (The renderer also disables JavaScript and aborts every non-data: request.)
 */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

/*
 * Nothing may run off the page: any text that does not fit its line breaks — at a space or hyphen when there is one,
 * else anywhere (a URL, a long reference number). Every table has a fixed layout (column widths from the template),
 * so a long word wraps inside its column instead of widening it, and a normal word is broken only when it is wider
 * than its whole column. No hyphenation: it would add characters.
 */
export const baseCss: SafeHtml = raw(`
* { box-sizing: border-box; }
html { font-family: ${SERIF_FONTS}; font-size: 12pt; line-height: 1.35; color: #000; background: #fff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; overflow-wrap: anywhere; hyphens: manual; }
body { margin: 0; }
table { table-layout: fixed; }
img, svg { max-width: 100%; }
p { margin: 0 0 6pt 0; text-align: justify; }
.doc-head { text-align: center; margin: 4pt 0 12pt 0; break-after: avoid; page-break-after: avoid; }
.doc-title { font-size: 12pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.3pt; margin: 0; }
.doc-subtitle { font-size: 12pt; font-weight: bold; margin: 1pt 0 0 0; }
.doc-number { font-size: 12pt; margin: 2pt 0 0 0; }
.doc-body { margin: 0; }
.muted { color: #333; font-size: 90%; }
.closing { margin-top: 10pt; }
/* The end of the document moves to the next page whole when it does not fit below the text. Only an end taller than
   a page breaks, preferably between signature rows (not before the first one, not before the verification box). */
.doc-end { break-inside: avoid; page-break-inside: avoid; }
.doc-end .ttd { break-inside: auto; page-break-inside: auto; }
.doc-end > .ttd, .doc-end > .verif { break-before: avoid; page-break-before: avoid; }
.doc-end-beside { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: 14pt; }
.doc-end-beside > tbody > tr > td { width: 50%; padding: 0; vertical-align: bottom; }
.doc-end-beside .verif { margin: 0 8mm 0 0; }
.doc-end-beside .ttd { margin-top: 0; }
/* A preview that is not issued: a watermark on every page (fixed elements repeat on each printed page) and a box
   where the verification box would be. */
.draft-mark { position: fixed; top: 38%; left: 0; width: 100%; text-align: center; font-family: sans-serif;
  font-size: 110pt; font-weight: bold; letter-spacing: 12pt; color: rgba(183, 28, 28, 0.16); transform: rotate(-30deg);
  z-index: 1000; pointer-events: none; }
.draft-box { margin-top: 16pt; border: 1.5pt dashed #b71c1c; color: #b71c1c; padding: 2.5mm 3mm; font-size: 9.5pt;
  line-height: 1.3; break-inside: avoid; page-break-inside: avoid; }
`);

/** Printed instead of the verification box on a preview: no number, no code, nothing registered. */
export const DRAFT_NOTE: SafeHtml = html`<section class="draft-box"><b>DRAF — pratinjau, belum diterbitkan.</b> Dokumen ini tidak bernomor, tidak memiliki kode verifikasi, dan tidak tercatat dalam register dokumen; tidak sah sebagai dokumen resmi.<br><i>Draft preview, not issued: no number, no verification code, not registered; not an official document.</i></section>`;

/** The number line of a preview. */
export const DRAFT_NUMBER = 'DRAF (belum diterbitkan)';

/**
 * The end of a document: the closing lines, the signatures and the verification box, kept together on one page.
 * The closing lines are the last text of the document, so no page holds only signatures or only the QR code.
 * `beside`: a single signer's block and the verification box side by side (landscape pages: wide, but short).
 */
export function documentEnd(
  closing: SafeHtml | null | undefined,
  signers: readonly Signer[],
  verification: SafeHtml,
  beside = false,
): SafeHtml {
  if (beside && signers.length === 1) {
    return html`<div class="doc-end">
${closing ?? ''}
<table class="doc-end-beside" role="presentation"><tr><td>${verification}</td><td>${signatureBlocks(signers, { single: 'full' })}</td></tr></table>
</div>`;
  }
  return html`<div class="doc-end">
${closing ?? ''}
${signatureBlocks(signers)}
${verification}
</div>`;
}

function pageCss(landscape: boolean): SafeHtml {
  return raw(`@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: 20mm; }`);
}

/**
 * The head every document shares, up to `</head>`: a policy that allows no script and no request, no referrer, the
 * page size, the base, letterhead, table, signature and verification styles, then the document's own.
 */
export function documentHead(title: string, landscape: boolean, ...ownCss: SafeHtml[]): SafeHtml {
  return html`<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>
${pageCss(landscape)}
${baseCss}
${letterheadCss}
${tableCss}
${signatureCss}
${verificationCss}
${ownCss}
</style>
</head>`;
}

/** A complete, self-contained HTML document (letterhead, title, body, signatures, verification). */
export async function documentPage(input: DocumentPageInput): Promise<string> {
  const draft = input.verification === null;
  const number = draft ? DRAFT_NUMBER : input.number;
  const verification = input.verification
    ? await verificationBox({
        number: input.number,
        dateText: input.dateText,
        code: input.verification.code,
        url: input.verification.url,
      })
    : DRAFT_NOTE;
  const doc = html`${documentHead(`${input.title} \u2014 ${number}`, input.landscape ?? false)}
<body>
${draft ? html`<div class="draft-mark" aria-hidden="true">DRAF</div>` : ''}
${letterhead(input.office)}
<div class="doc-head">
<h1 class="doc-title">${input.title}</h1>
${input.subtitle ? html`<div class="doc-subtitle">${input.subtitle}</div>` : ''}
<div class="doc-number">Nomor: ${number}</div>
</div>
<main class="doc-body">
${input.body}
</main>
${documentEnd(input.closing, input.signers ?? [], verification, input.landscape)}
</body>
</html>
`;
  return doc.toString();
}
