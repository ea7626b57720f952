import { html, joinHtml, raw, type SafeHtml } from '../html.js';

/** The office data shown in the kop surat (letterhead). */
export interface LetterheadOffice {
  /** e.g. "KPU Kabupaten Lebak" — used when both letterhead lines are empty, and as the emblem's label. */
  name: string;
  /** e.g. "KOMISI PEMILIHAN UMUM" */
  letterheadLine1: string;
  /** e.g. "KABUPATEN LEBAK" */
  letterheadLine2: string;
  address?: string | null;
  city?: string | null;
  postalCode?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
}

/** Five-pointed star polygon points, centred on (cx, cy). */
function starPoints(cx: number, cy: number, outer: number, inner: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${(cx + r * Math.cos(a)).toFixed(2)},${(cy + r * Math.sin(a)).toFixed(2)}`);
  }
  return pts.join(' ');
}

const SHIELD = 'M50 3 L95 15 L95 58 C95 89 74 108 50 119 C26 108 5 89 5 58 L5 15 Z';
const SHIELD_INNER = 'M50 10 L88 20.5 L88 58 C88 84.5 70.5 101 50 111 C29.5 101 12 84.5 12 58 L12 20.5 Z';

/** A simple, static emblem: a maroon shield with a gold border, a gold star and "KPU". */
export function emblemSvg(label = 'KPU'): SafeHtml {
  return html`<svg class="kop-emblem" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 122" role="img" aria-label="${label}">
<path d="${SHIELD}" fill="#7a1010" stroke="#b8912b" stroke-width="4" stroke-linejoin="round"/>
<path d="${SHIELD_INNER}" fill="none" stroke="#d9b650" stroke-width="1.6" stroke-linejoin="round"/>
<polygon points="${starPoints(50, 41, 19, 7.6)}" fill="#e3c15a" stroke="#b8912b" stroke-width="1"/>
<rect x="24" y="69" width="52" height="2" fill="#e3c15a"/>
<text x="50" y="94" text-anchor="middle" font-family="'Liberation Sans','Arial',sans-serif" font-weight="bold" font-size="22" letter-spacing="1.5" fill="#ffffff">KPU</text>
</svg>`;
}

export const letterheadCss: SafeHtml = raw(`
.kop { margin: 0 0 12pt 0; }
.kop-table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.kop-table td { border: none; padding: 0; vertical-align: middle; }
.kop-logo { width: 24mm; }
.kop-balance { width: 10mm; }
.kop-emblem { display: block; width: 21mm; height: auto; }
.kop-text { text-align: center; line-height: 1.2; }
.kop-line1 { font-size: 14pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.4pt; }
.kop-line2 { font-size: 16pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.4pt; }
.kop-address { font-size: 10pt; margin-top: 2pt; }
.kop-contact { font-size: 9.5pt; margin-top: 1pt; }
.kop-contact .item { display: inline-block; max-width: 100%; } /* an item moves to the next line whole; one longer than the line still wraps */
.kop-rule { margin-top: 6pt; border-top: 3pt solid #000; }
.kop-rule-thin { margin-top: 1.5pt; border-top: 0.8pt solid #000; }
`);

function present(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The kop surat: emblem, office name lines, address/contact, double rule. */
export function letterhead(office: LetterheadOffice): SafeHtml {
  const line1 = present(office.letterheadLine1) ? office.letterheadLine1.trim() : '';
  const line2 = present(office.letterheadLine2) ? office.letterheadLine2.trim() : '';
  const lines = line1 || line2 ? [line1, line2] : [office.name, ''];

  const place = [office.city, office.postalCode].filter(present).join(' ');
  const address = [office.address, place].filter(present).join(', ');
  const contacts = [
    present(office.phone) ? `Telepon ${office.phone.trim()}` : null,
    present(office.website) ? `Laman ${office.website.trim()}` : null,
    present(office.email) ? `Pos-el ${office.email.trim()}` : null,
  ].filter(present);

  return html`<header class="kop">
<table class="kop-table" role="presentation"><tr>
<td class="kop-logo">${emblemSvg()}</td>
<td class="kop-text">
${lines[0] ? html`<div class="kop-line1">${lines[0]}</div>` : ''}
${lines[1] ? html`<div class="kop-line2">${lines[1]}</div>` : ''}
${address ? html`<div class="kop-address">${address}</div>` : ''}
${
  contacts.length
    ? html`<div class="kop-contact">${joinHtml(
        contacts.map((c) => html`<span class="item">${c}</span>`),
        '\u00a0\u2022 ', // the bullet stays at the end of the line when the next item wraps
      )}</div>`
    : ''
}
</td>
<td class="kop-balance"></td>
</tr></table>
<div class="kop-rule"></div><div class="kop-rule-thin"></div>
</header>`;
}
