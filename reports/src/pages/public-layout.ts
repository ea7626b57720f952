/**
 * The one layout of the public, script-free pages (verification, the web form and tracking, the DIP, the annual
 * reports): the office's branding when the page belongs to one office, Indonesian first and English below, and a
 * single stylesheet. Every value is escaped by `html`; a page passes its body as a `SafeHtml` built the same way.
 */
import { emblemSvg } from '../components/letterhead.js';
import { html, raw, type SafeHtml } from '../html.js';

/** The office a public page speaks for: its letterhead lines when known, its name always. */
export interface PublicPageOffice {
  name: string;
  letterheadLine1?: string | null;
  letterheadLine2?: string | null;
  address?: string | null;
  city?: string | null;
}

/** Indonesian text with its English translation. */
export interface Bilingual {
  id: string | SafeHtml;
  en: string | SafeHtml;
}

export interface PublicPageInput {
  /** The document title (tab), Indonesian; " — Lentera" is appended. */
  title: string;
  /** The office whose page this is; without one the page carries Lentera's own branding. */
  office?: PublicPageOffice | null;
  body: SafeHtml;
  /** Narrow pages (verification) read better at 820 px; lists use the full 1100 px. */
  narrow?: boolean;
  /** Send no Referer from the page (verification codes stay out of other sites' logs). */
  noReferrer?: boolean;
}

const CSS =
  raw(`body{font-family:system-ui,'Segoe UI',Roboto,sans-serif;max-width:1100px;margin:1.5rem auto;padding:0 1rem;color:#1f1f1f;line-height:1.45}
body.narrow{max-width:820px}
header.brand{display:flex;gap:1rem;align-items:center;border-bottom:4px double #7a1f1f;padding-bottom:.6rem;margin-bottom:1rem}
header.brand svg{width:56px;height:auto;flex:none}.brand .l1{font-weight:700;letter-spacing:.03em;text-transform:uppercase}
.brand .l2{font-weight:700;font-size:1.15rem;text-transform:uppercase}.brand .addr{color:#555;font-size:.85rem}
h1{font-size:1.35rem;margin:.4rem 0}h2{font-size:1.1rem;margin-top:1.6rem;color:#7a1f1f}.en{color:#555;font-style:italic;display:block;font-size:.92em}
label .en,th .en,legend .en,button .en,.downloads .en{display:inline;margin-left:.3em}
.status{border-radius:6px;padding:.7rem 1rem;margin:1rem 0}.ok{background:#e8f5e9;border:1px solid #1b5e20;color:#1b5e20}
.bad{background:#fdecea;border:1px solid #b71c1c;color:#b71c1c}.warn{background:#fff8e1;border:1px solid #8d6e00;color:#5d4700}
p.ok,p.err{background:none;border:0}.err{color:#b71c1c}.muted{color:#666}.downloads a{margin-right:1rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border:1px solid #bbb;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f3ecec}table.facts th{width:32%}code{word-break:break-all;font-size:.85rem}ul.signers{margin:0;padding-left:1.1rem}
form.inline{display:flex;gap:.5rem;flex-wrap:wrap;margin:1rem 0}form.box{margin-top:1.5rem;padding:1rem;border:1px solid #ccc;border-radius:6px}
input,select,button,textarea{font:inherit;padding:.4rem .6rem}button{background:#7a1f1f;color:#fff;border:0;border-radius:4px;cursor:pointer}
button .en{color:#fff}
fieldset{border:1px solid #ccc;margin:1rem 0;padding:.5rem 1rem}form:not(.inline) label{display:block;margin:.5rem 0 .15rem}
.checks label{display:inline-block!important;margin-right:1rem}
input[type=text],input[type=email],input[type=tel],input[type=search],select,textarea{width:100%;max-width:640px;box-sizing:border-box}
form.inline input[type=search],form.inline select{width:auto}.code{font-family:monospace;font-size:1.6rem;letter-spacing:.1rem}
div.scroll{overflow-x:auto}div.scroll table{min-width:520px}
@media (max-width:480px){div.scroll table.cards{min-width:0}table.cards thead{display:none}table.cards tr{display:block;border:1px solid #bbb;border-radius:6px;margin-bottom:.6rem}
table.cards td{display:block;border:0;border-bottom:1px solid #eee}table.cards td:last-child{border-bottom:0}
table.cards td::before{content:attr(data-label);display:block;color:#666;font-size:.8rem}}
footer{margin-top:2rem;color:#666;font-size:.85rem;border-top:1px solid #ddd;padding-top:.6rem}
.req{color:#b71c1c;font-weight:700}.hint{color:#555;font-size:.9rem}.err-summary ul{margin:.3rem 0 0;padding-left:1.2rem}
.err-summary a{color:#b71c1c}[aria-invalid=true]{border:2px solid #b71c1c}
form.request label .en,form.request legend .en{display:inline;margin-left:.3em}form.request fieldset label{font-weight:400}
fieldset.types label,fieldset.regime>label,form.request .checks label{display:inline-block!important;margin:.3rem 1.4rem .3rem 0}
.hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
form.office-search{align-items:center;background:#f8f4f4;border:1px solid #e0d5d5;border-radius:6px;padding:.6rem}
@supports selector(:has(*)){form.request .by-type,form.request .for-election{display:none}
form.request:has(#type-person:checked) .for-person,form.request:has(#type-entity:checked) .for-entity,
form.request:has(#type-group:checked) .for-group{display:block}
form.request label .by-type{display:none!important}form.request:has(#type-person:checked) label .for-person,
form.request:has(#type-entity:checked) label .for-entity,form.request:has(#type-group:checked) label .for-group{display:inline!important}
form.request:has(#regime-election:checked) .for-election{display:block}}
@media (max-width:480px){body{margin:.8rem auto;padding:0 .7rem}header.brand svg{width:44px}fieldset{padding:.4rem .6rem}
form.inline select,form.inline input[type=search]{width:100%}form.request .checks label,fieldset.types label{display:block!important}}`);

/** Indonesian, then the English in a line of its own (or inline in labels, headers and buttons). */
export function bilingual(id: string | SafeHtml, en: string | SafeHtml): SafeHtml {
  return html`${id}<span class="en" lang="en">${en}</span>`;
}

/** The page heading with its translation. */
export function heading(title: Bilingual): SafeHtml {
  return html`<h1>${bilingual(title.id, title.en)}</h1>`;
}

function brand(office: PublicPageOffice | null | undefined): SafeHtml {
  if (!office)
    return html`<header class="brand">${emblemSvg()}<div><div class="l1">Lentera</div><div class="l2">Layanan informasi publik</div><div class="addr">Pejabat Pengelola Informasi dan Dokumentasi (PPID) KPU</div></div></header>`;
  const place = [office.address, office.city].filter((x) => x && x.trim()).join(', ');
  return html`<header class="brand">${emblemSvg()}<div><div class="l1">${office.letterheadLine1 || office.name}</div>${
    office.letterheadLine2 ? html`<div class="l2">${office.letterheadLine2}</div>` : ''
  }${place ? html`<div class="addr">${place}</div>` : ''}<div class="addr">Pejabat Pengelola Informasi dan Dokumentasi</div></div></header>`;
}

/** The whole page: doctype, head with the stylesheet, the branded header, the body and the footer. */
export function publicPageHtml(p: PublicPageInput): string {
  const page = html`<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">${
    p.noReferrer ? html`<meta name="referrer" content="no-referrer">` : ''
  }<title>${p.title} \u2014 Lentera</title><style>${CSS}</style></head><body${p.narrow ? raw(' class="narrow"') : ''}>${brand(p.office)}
<main>${p.body}</main>
<footer>Lentera \u2014 layanan informasi publik. Halaman ini tidak memakai JavaScript.<span class="en" lang="en">Lentera \u2014 public information service. This page runs no script.</span></footer></body></html>`;
  return page.toString();
}

/** The page of an office code that does not exist (404). */
export function officeNotFoundPageHtml(title: string, code: string): string {
  return publicPageHtml({
    title,
    body: html`${heading({ id: 'Kantor tidak ditemukan', en: 'Office not found' })}<p>Tidak ada kantor dengan kode <b>${code}</b>.<span class="en" lang="en">There is no office with this code.</span></p>`,
  });
}
