import { html, raw, type SafeHtml } from './html.js';
import { letterhead, letterheadCss, type LetterheadOffice } from './components/letterhead.js';
import { signatureBlocks, signatureCss, type Signer } from './components/signature.js';
import { verificationBox, verificationCss } from './components/verification.js';
import { tableCss } from './components/table.js';

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
  signers?: Signer[];
  verification: { code: string; url: string };
  /** A4 landscape; pass the same value to `PdfRenderer.render(..., { landscape })`. */
  landscape?: boolean;
}

/**
 * Fixed document policy: nothing may be loaded from outside the document, and no script runs.
 * (The renderer also disables JavaScript and aborts every non-data: request.)
 */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

export const baseCss: SafeHtml = raw(`
* { box-sizing: border-box; }
html { font-family: 'Liberation Serif', 'Times New Roman', Times, serif; font-size: 12pt; line-height: 1.35; color: #000; background: #fff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
p { margin: 0 0 6pt 0; text-align: justify; }
.doc-head { text-align: center; margin: 4pt 0 12pt 0; break-after: avoid; page-break-after: avoid; }
.doc-title { font-size: 12pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.3pt; margin: 0; }
.doc-subtitle { font-size: 12pt; font-weight: bold; margin: 1pt 0 0 0; }
.doc-number { font-size: 12pt; margin: 2pt 0 0 0; }
.doc-body { margin: 0; }
.muted { color: #333; font-size: 90%; }
`);

function pageCss(landscape: boolean): SafeHtml {
  return raw(`@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: 20mm; }`);
}

/** A complete, self-contained HTML document (letterhead, title, body, signatures, verification). */
export async function documentPage(input: DocumentPageInput): Promise<string> {
  const verification = await verificationBox({
    number: input.number,
    dateText: input.dateText,
    code: input.verification.code,
    url: input.verification.url,
  });
  const doc = html`<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${input.title} \u2014 ${input.number}</title>
<style>
${pageCss(input.landscape ?? false)}
${baseCss}
${letterheadCss}
${tableCss}
${signatureCss}
${verificationCss}
</style>
</head>
<body>
${letterhead(input.office)}
<div class="doc-head">
<h1 class="doc-title">${input.title}</h1>
${input.subtitle ? html`<div class="doc-subtitle">${input.subtitle}</div>` : ''}
<div class="doc-number">Nomor: ${input.number}</div>
</div>
<main class="doc-body">
${input.body}
</main>
${signatureBlocks(input.signers ?? [])}
${verification}
</body>
</html>
`;
  return doc.toString();
}
