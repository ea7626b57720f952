import { html, raw, type HtmlValue, type SafeHtml } from '../html.js';
import { formatNip } from '../format.js';

export interface Signer {
  /** The capacity in which the person signs, e.g. 'Pejabat Pengelola Informasi dan Dokumentasi'. */
  role: string;
  name: string;
  /** Civil-servant ID; the "NIP." line is left out when empty. */
  nip?: string | null;
  /** The person's own position, e.g. 'Kepala Subbagian Teknis dan Hubungan Partisipasi Masyarakat'. */
  position?: string | null;
  /** Place of signing, e.g. 'Rangkasbitung'. */
  place?: string;
  /** Date of signing, already formatted, e.g. '23 November 2026'. */
  date?: string;
  /**
   * What stands in the signature space instead of ink: 'Ditandatangani secara elektronik …' for a person who signed
   * with their own account, 'Belum ditandatangani' on a draft for one who has not. Empty: the space is left blank
   * for a wet signature.
   */
  mark?: string | null;
  /** the mark is a pending one (drawn dashed) */
  pending?: boolean;
}

export const signatureCss: SafeHtml = raw(`
.ttd { margin-top: 18pt; break-inside: avoid; page-break-inside: avoid; }
.ttd-table { width: 100%; border-collapse: collapse; table-layout: fixed; break-inside: avoid; page-break-inside: avoid; }
.ttd-table td { border: none; padding: 0 4mm; vertical-align: top; text-align: center; line-height: 1.3; }
.ttd-table tr { break-inside: avoid; page-break-inside: avoid; }
.ttd-table + .ttd-table { margin-top: 14pt; } /* more than two signers: the rows of blocks stay apart */
.ttd-space td { height: 22mm; vertical-align: middle; }
.ttd-mark { display: inline-block; max-width: 100%; border: 0.75pt solid #333; padding: 2pt 5pt; font-size: 8.5pt;
  font-style: italic; line-height: 1.25; white-space: pre-line; }
.ttd-mark.pending { border-style: dashed; color: #555; }
.ttd-name { font-weight: bold; text-decoration: underline; text-underline-offset: 1.5pt; }
.ttd-role { font-weight: normal; }
`);

function present(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

const NBSP = '\u00a0';

type Cell = (s: Signer) => HtmlValue;

/** One row across all columns; empty cells keep the rows of both columns aligned. */
function row(pair: (Signer | null)[], cell: Cell, cls = ''): SafeHtml {
  const cells = pair.map((s) => html`<td>${s ? cell(s) : NBSP}</td>`);
  return cls ? html`<tr class="${cls}">${cells}</tr>` : html`<tr>${cells}</tr>`;
}

function pairTable(pair: (Signer | null)[]): SafeHtml {
  const signers = pair.filter((s): s is Signer => s !== null);
  const anyPlaceDate = signers.some((s) => present(s.place) || present(s.date));
  const anyPosition = signers.some((s) => present(s.position));
  const anyNip = signers.some((s) => present(s.nip));
  const placeDate = (s: Signer): string =>
    [s.place, s.date]
      .filter(present)
      .map((v) => v.trim())
      .join(', ') || NBSP;

  return html`<table class="ttd-table" role="presentation">
${anyPlaceDate ? row(pair, placeDate) : ''}
${row(pair, (s) => s.role, 'ttd-role')}
${anyPosition ? row(pair, (s) => (present(s.position) ? s.position : NBSP)) : ''}
<tr class="ttd-space">${pair.map((s) => html`<td>${s && present(s.mark) ? html`<span class="ttd-mark${s.pending ? ' pending' : ''}">${s.mark}</span>` : ''}</td>`)}</tr>
${row(pair, (s) => html`<span class="ttd-name">${s.name}</span>`)}
${anyNip ? row(pair, (s) => (present(s.nip) ? `NIP. ${formatNip(s.nip)}` : NBSP)) : ''}
</table>`;
}

/**
 * Signature blocks ("tanda tangan"): one signer is placed in the right half of the page (or fills its container:
 * `single: 'full'`), two side by side; more are laid out two per row. Each row is kept on one page.
 */
export function signatureBlocks(signers: readonly Signer[], options: { single?: 'right' | 'full' } = {}): SafeHtml {
  if (signers.length === 0) return html``;
  const rows: (Signer | null)[][] = [];
  if (signers.length === 1) {
    rows.push(options.single === 'full' ? [signers[0]] : [null, signers[0]]);
  } else {
    for (let i = 0; i < signers.length; i += 2) {
      rows.push([signers[i], signers[i + 1] ?? null]);
    }
  }
  return html`<section class="ttd">${rows.map((pair) => pairTable(pair))}</section>`;
}
