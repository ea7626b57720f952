/**
 * Escaping HTML templates.
 *
 * Everything that ends up in a PDF is built with the `html` tagged template:
 * every interpolated value is HTML-escaped unless it is a `SafeHtml` produced
 * by `html` itself (or, for static trusted text such as our own CSS, by `raw`).
 *
 *   html`<td>${user.fullName}</td>`            // escaped
 *   html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`   // arrays of fragments
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};
const ESCAPE_RE = /[&<>"'`]/g;
/**
 * Explicit bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069). Left in, one typed into a field
 * (an office name, a requester's name) reorders the rest of the line or paragraph it is printed in — e.g. U+202E
 * prints the sentence after an office name backwards. Letters of right-to-left scripts keep their direction without them.
 */
const BIDI_CONTROLS_RE = /[\u202A-\u202E\u2066-\u2069]/g;

/** Escapes text for use in HTML element content or in a quoted attribute value (and drops explicit bidi controls). */
export function escapeHtml(value: string): string {
  return value.replace(BIDI_CONTROLS_RE, '').replace(ESCAPE_RE, (ch) => ESCAPES[ch]);
}

const TOKEN = Symbol('SafeHtml');

/** A fragment of HTML that is trusted: it was built by `html` or passed to `raw`. */
export class SafeHtml {
  readonly #value: string;

  /** @internal Use `html` or `raw` instead. */
  constructor(token: typeof TOKEN, value: string) {
    if (token !== TOKEN) throw new TypeError('SafeHtml can only be created by html`` or raw()');
    this.#value = value;
  }

  toString(): string {
    return this.#value;
  }

  toJSON(): string {
    return this.#value;
  }
}

/** Values accepted inside `html` templates. `null`, `undefined` and `false` render as nothing. */
export type HtmlValue = string | number | bigint | boolean | null | undefined | SafeHtml | readonly HtmlValue[];

export function isSafeHtml(value: unknown): value is SafeHtml {
  return value instanceof SafeHtml;
}

/**
 * Marks a string as trusted HTML, without escaping.
 * ONLY for static, developer-written markup (e.g. our own CSS or inline SVG);
 * never for data coming from users, the database or a request.
 */
export function raw(trusted: string): SafeHtml {
  return new SafeHtml(TOKEN, String(trusted));
}

function append(out: string[], value: HtmlValue): void {
  if (value === null || value === undefined || value === false) return;
  if (value instanceof SafeHtml) {
    out.push(value.toString());
  } else if (Array.isArray(value)) {
    for (const item of value as readonly HtmlValue[]) append(out, item);
  } else if (typeof value === 'number') {
    out.push(Number.isFinite(value) ? String(value) : '');
  } else {
    out.push(escapeHtml(String(value)));
  }
}

/** Tagged template that HTML-escapes every interpolated value. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  const out: string[] = [];
  for (let i = 0; i < strings.length; i++) {
    out.push(strings[i] ?? strings.raw[i]);
    if (i < values.length) append(out, values[i]);
  }
  return new SafeHtml(TOKEN, out.join(''));
}

/** Joins fragments with a (trusted) separator, e.g. `joinHtml(lines, html`<br>`)`. */
export function joinHtml(items: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  const out: string[] = [];
  items.forEach((item, i) => {
    if (i > 0) append(out, separator);
    append(out, item);
  });
  return new SafeHtml(TOKEN, out.join(''));
}
