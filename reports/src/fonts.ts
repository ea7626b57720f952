/**
 * Fonts of the documents.
 *
 * 1. The CSS font stacks: Liberation (metric-compatible with Times New Roman / Arial / Courier New) for Latin,
 *    then Noto fonts so that Chromium takes other scripts, symbols and emoji from them (Debian packages
 *    fonts-liberation, fonts-noto-core, fonts-noto-color-emoji). A script none of these names covers (Arabic,
 *    Javanese, …) still falls back through fontconfig to any installed font that has it (e.g. Noto Sans Arabic).
 * 2. Characters that NO installed font can show would print as an empty box (Chromium's .notdef glyph), or — control
 *    and private-use characters — as nothing at all. `printableText` replaces each of them with a visible mark,
 *    `[U+4E2D]`, so the reader sees that a character was there and which one.
 *    Coverage comes from fontconfig, the same font list Chromium uses on Linux: one `fc-list` call (about 10 ms,
 *    the union of every installed font's charset), made once per process and cached. Restart the process after
 *    installing fonts. Where `fc-list` is missing (not Linux), coverage is unknown and only control characters
 *    and unpaired surrogates are replaced.
 */
import { execFile } from 'node:child_process';

/** Body text: Times-compatible serif for Latin, then Noto for other scripts, symbols and emoji. */
export const SERIF_FONTS =
  "'Liberation Serif', 'Times New Roman', 'Noto Serif', 'Noto Sans', 'Noto Sans Symbols', 'Noto Sans Symbols2', 'Noto Color Emoji', serif";
/** Arial-compatible sans serif with the same fallbacks. */
export const SANS_FONTS =
  "'Liberation Sans', Arial, 'Noto Sans', 'Noto Sans Symbols', 'Noto Sans Symbols2', 'Noto Color Emoji', sans-serif";
/** Codes (verification and tracking codes) with the same fallbacks. */
export const MONO_FONTS =
  "'Liberation Mono', 'Courier New', 'DejaVu Sans Mono', 'Noto Sans', 'Noto Sans Symbols', 'Noto Sans Symbols2', 'Noto Color Emoji', monospace";

/** The set of code points that at least one installed font has a glyph for. */
export class GlyphCoverage {
  private constructor(
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
  ) {}

  /**
   * From fontconfig charsets, one font per line, each a list of hex code points and ranges:
   * `20-7e a0-17f 192 …` (the output of `fc-list --format '%{charset}\n'`).
   */
  static fromCharsets(text: string): GlyphCoverage {
    const ranges: Array<[number, number]> = [];
    for (const m of text.matchAll(/\b([0-9a-f]{1,6})(?:-([0-9a-f]{1,6}))?\b/gi)) {
      const a = parseInt(m[1], 16);
      const b = m[2] === undefined ? a : parseInt(m[2], 16);
      if (b >= a) ranges.push([a, b]);
    }
    ranges.sort((x, y) => x[0] - y[0]);
    const merged: Array<[number, number]> = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    return new GlyphCoverage(
      Uint32Array.from(merged, (r) => r[0]),
      Uint32Array.from(merged, (r) => r[1]),
    );
  }

  /** Does some installed font have a glyph for this code point? */
  has(codePoint: number): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (codePoint < this.starts[mid]) hi = mid - 1;
      else if (codePoint > this.ends[mid]) lo = mid + 1;
      else return true;
    }
    return false;
  }
}

let cached: Promise<GlyphCoverage | null> | null = null;

/** The glyph coverage of the installed fonts (fontconfig), or null where fontconfig is not available. Cached. */
export function fontCoverage(): Promise<GlyphCoverage | null> {
  cached ??= new Promise((resolve) => {
    execFile(
      'fc-list',
      ['--format', '%{fontformat}\t%{charset}\n'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 15_000 },
      (err, stdout) => {
        if (err) return resolve(null);
        // Chromium draws with TrueType/OpenType (CFF) fonts only: leave out bitmap and Type 1 fonts.
        const usable = stdout
          .split('\n')
          .filter((line) => /^(TrueType|CFF)\t/.test(line))
          .map((line) => line.slice(line.indexOf('\t') + 1))
          .join('\n');
        const coverage = GlyphCoverage.fromCharsets(usable);
        resolve(coverage.has(0x41) ? coverage : null); // no usable font at all: do not replace everything
      },
    );
  });
  return cached;
}

/** The visible stand-in for a character that cannot be printed: `[U+4E2D]`. */
export function missingGlyphMark(codePoint: number): string {
  return `[U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}]`;
}

/** Every character outside printable ASCII (tab, line feed and carriage return are fine). */
const CANDIDATE_RE = /[^\t\n\r\x20-\x7e]/gu;
/**
 * Characters that are never drawn with a glyph of their own: joiners, variation selectors, bidi marks, soft hyphen,
 * tag characters (Default_Ignorable_Code_Point), and spaces.
 */
const NO_GLYPH_RE = /^[\p{Default_Ignorable_Code_Point}\p{White_Space}]$/u;
const CONTROL_RE = /^[\p{Cc}\p{Cs}]$/u;

/**
 * `text` (a whole HTML document, or plain text) with each character that would not print visibly replaced by
 * `missingGlyphMark`: control characters, unpaired surrogates and — when `coverage` is known — characters no
 * installed font has. Markup is ASCII and is left as it is.
 */
export function printableText(text: string, coverage: GlyphCoverage | null): string {
  return text.replace(CANDIDATE_RE, (ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    if (CONTROL_RE.test(ch)) return missingGlyphMark(cp);
    if (NO_GLYPH_RE.test(ch)) return ch;
    return coverage && !coverage.has(cp) ? missingGlyphMark(cp) : ch;
  });
}
