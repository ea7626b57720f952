import { fontCoverage, GlyphCoverage, missingGlyphMark, printableText } from './fonts';

describe('glyph coverage (fontconfig charsets)', () => {
  const coverage = GlyphCoverage.fromCharsets('20-7e a0-17f\n600-6ff 1f600-1f64f\n20-7e 180-24f\n');

  it('merges the ranges of all fonts', () => {
    for (const cp of [0x20, 0x41, 0x7e, 0xa0, 0x17f, 0x180, 0x24f, 0x600, 0x627, 0x1f642]) {
      expect(coverage.has(cp)).toBe(true);
    }
    for (const cp of [0x1f, 0x7f, 0x9f, 0x250, 0x5ff, 0x700, 0x4e2d, 0x1f650]) expect(coverage.has(cp)).toBe(false);
  });

  it('marks characters no font has, and control characters, but keeps joiners, selectors and spaces', () => {
    expect(printableText('Budi 中 🙂 بسم', coverage)).toBe('Budi [U+4E2D] 🙂 بسم');
    expect(printableText('a\u0007b\u009fc\ud800d', coverage)).toBe('a[U+0007]b[U+009F]c[U+D800]d');
    expect(printableText('\u200d\ufe0f\u00ad\u2009\u3000\u200b', coverage)).toBe(
      '\u200d\ufe0f\u00ad\u2009\u3000\u200b',
    );
    expect(printableText('line\nnext\ttab\r', coverage)).toBe('line\nnext\ttab\r');
    expect(missingGlyphMark(0x1f9ff)).toBe('[U+1F9FF]');
  });

  it('without fontconfig only control characters are marked', () => {
    expect(printableText('中\u0000', null)).toBe('中[U+0000]');
  });

  it('reads the installed fonts once (Liberation and Noto on these machines)', async () => {
    const installed = await fontCoverage();
    expect(installed).not.toBeNull();
    expect(installed).toBe(await fontCoverage());
    for (const ch of 'AṢñ€بꦲ🙂') expect(installed!.has(ch.codePointAt(0)!)).toBe(true);
    expect(installed!.has(0xe000)).toBe(false); // private use
  });
});
