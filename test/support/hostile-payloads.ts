/**
 * Hostile text for every field that reaches a PDF. Each value is tagged (`#H07 … 07H#`) so a document's text can be
 * checked field by field: the whole value, markup included, must be there as plain text.
 */

/** Explicit bidi embeddings, overrides and isolates: the templates drop them (see reports/src/html.ts). */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Characters that have no glyph; a PDF's text may or may not carry them. */
const INVISIBLE = /[\s\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

/** Text compared without whitespace (cells wrap, and text extraction places spaces by glyph position) and invisible characters. */
export function flat(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '');
}

/** The PDF's text without page furniture that lands between the lines of a value broken across pages. */
export function documentText(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*Halaman \d+ dari \d+\s*$/.test(line) && !/^\s*-- \d+ of \d+ --\s*$/.test(line))
    .join('\n');
}

/** Unbalanced bidi overrides and isolates: printed raw, they would reverse the text after them. */
export const BIDI_VECTOR = '\u202Ebalik\u202C \u2067isolasi \u202Dpaksa \u202Bembed';
export const ZERO_WIDTH_VECTOR = 'nol\u200Blebar\u200D\uFEFF<scr\u200Bipt>x</scr\u200Bipt>\u200F';

/** The attack strings; URLs point at the canary servers and the canary file. */
export function hostileVectors(bases: string[], canaryFile: string): string[] {
  const [a, b = a] = bases;
  const file = `file://${canaryFile}`;
  return [
    `<script>document.write('PWNED')</script>`,
    `<iframe src=file:///etc/passwd>`,
    `<iframe src="${file}"></iframe>`,
    `<img src=${a}/img.png>`,
    `<link rel=stylesheet href=${b}/s.css>`,
    `<style>body{background:url(${a}/bg.png)}</style>`,
    `<style>@import "${b}/i.css";</style>`,
    `<meta http-equiv=refresh content="0;url=${a}/refresh">`,
    `<svg onload=alert(1)><image href=${b}/svg.png /></svg>`,
    `<a href="javascript:alert(1)">klik</a>`,
    `</style><img src=${a}/style-break.png>`,
    `</title><iframe src=${file}>`,
    `<object data=${file}></object>`,
    `"><img src=x onerror=alert(1) x="`,
    `url(${b}/css-text.png) @import url(${a}/t.css);`,
    `<embed src=file:///etc/passwd>`,
    `<base href=${a}/><link rel=prefetch href=${b}/p>`,
    `<form action=${a}/f><input type=image src=${b}/i.png>`,
    `&lt;b&gt;entitas&amp;amp; &#60;i&#62;`,
    `<!-- komentar tidak menutup`,
    BIDI_VECTOR,
    ZERO_WIDTH_VECTOR,
    `<textarea><plaintext><noscript><xmp>`,
    `<img src=${a.replace('http://', '//')}/scheme-relative.png>`,
    `<iframe src=http://169.254.169.254/latest/meta-data/>`,
    `<img src=http://localhost:${new URL(a).port}/localhost.png>`,
  ];
}

export interface HostileOptions {
  /** Put every vector in the value (long free-text fields printed as paragraphs). */
  all?: boolean;
  /** Budget of the value in characters when not `all` (fields printed in narrow table cells stay short). */
  budget?: number;
  /** Readable text at the start, e.g. "KPU Kabupaten Lebak". */
  lead?: string;
}

export class HostileFields {
  private next = 0;
  private readonly values = new Map<string, string>();

  constructor(private readonly vectors: string[]) {}

  /** A new tagged hostile value for `field`, at most `max` characters (the field's validation limit). */
  make(field: string, max: number, opts: HostileOptions = {}): string {
    if (this.values.has(field)) throw new Error(`field ${field} already has a value`);
    const id = String(this.values.size + 1).padStart(2, '0');
    const open = `#H${id} ${opts.lead ? `${opts.lead} ` : ''}`;
    const close = ` ${id}H#`;
    let body: string;
    if (opts.all) {
      body = this.vectors.join('\n');
    } else {
      const room = Math.min(max, opts.budget ?? 160) - open.length - close.length;
      // vectors in rotation (so that together the fields carry all of them), skipping those that do not fit
      const picked: string[] = [];
      let used = 0;
      let last = -1;
      for (let k = 0; k < this.vectors.length; k++) {
        const i = (this.next + k) % this.vectors.length;
        const cost = this.vectors[i].length + (picked.length ? 1 : 0);
        if (used + cost > room) continue;
        picked.push(this.vectors[i]);
        used += cost;
        last = i;
      }
      if (!picked.length) throw new Error(`no hostile vector fits ${field} (${room} characters)`);
      this.next = (last + 1) % this.vectors.length;
      body = picked.join(' ');
    }
    const value = `${open}${body}${close}`;
    if (value.length > max) throw new Error(`hostile value for ${field} is ${value.length} > ${max} characters`);
    this.values.set(field, value);
    return value;
  }

  value(field: string): string {
    const v = this.values.get(field);
    if (v === undefined) throw new Error(`no hostile value for ${field}`);
    return v;
  }

  /** What the document must show for the field: the value as typed, without the bidi controls the templates drop. */
  expected(field: string): string {
    return this.value(field).replace(BIDI_CONTROLS, '');
  }

  fields(): string[] {
    return [...this.values.keys()];
  }

  /**
   * Whether the text carries the field's whole value: character for character (whitespace and invisible characters
   * aside), or wholly in capitals where the template prints it so (the letterhead, titles).
   */
  printed(text: string, field: string): boolean {
    const t = flat(documentText(text));
    const v = flat(this.expected(field));
    return t.includes(v) || t.includes(v.toUpperCase());
  }

  /** The fields whose (full) value is missing from the text. */
  missing(text: string, fields: readonly string[]): string[] {
    return fields.filter((f) => !this.printed(text, f));
  }

  /** Fields whose tag appears in the text but whose whole value does not (cut short, or partly interpreted). */
  partial(text: string): string[] {
    const t = flat(documentText(text));
    return this.fields().filter((f) => t.includes(`#H${this.value(f).slice(2, 4)}`) && !this.printed(text, f));
  }
}
