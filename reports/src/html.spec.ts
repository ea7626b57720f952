import { escapeHtml, html, isSafeHtml, joinHtml, raw, SafeHtml } from './html.js';

describe('html tagged template', () => {
  it('escapes <script> in interpolated strings', () => {
    const name = `<script>document.write('PWNED')</script>`;
    const out = html`<td>${name}</td>`.toString();
    expect(out).toBe('<td>&lt;script&gt;document.write(&#39;PWNED&#39;)&lt;/script&gt;</td>');
    expect(out).not.toContain('<script');
  });

  it('escapes quotes, ampersands and backticks so attribute values cannot be broken out of', () => {
    const v = `" onload="x" ' & \``;
    expect(html`<img alt="${v}">`.toString()).toBe('<img alt="&quot; onload=&quot;x&quot; &#39; &amp; &#96;">');
    expect(html`${'AT&T'}`.toString()).toBe('AT&amp;T');
    expect(html`${'&amp;'}`.toString()).toBe('&amp;amp;');
  });

  it('renders numbers, and null/undefined/false as nothing', () => {
    expect(html`${0}|${12.5}|${null}|${undefined}|${false}|${true}`.toString()).toBe('0|12.5||||true');
    expect(html`${Number.NaN}${Infinity}`.toString()).toBe('');
  });

  it('accepts (nested) arrays of fragments and escapes plain strings inside them', () => {
    const items = ['a<b', 'c&d'];
    const out = html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`.toString();
    expect(out).toBe('<ul><li>a&lt;b</li><li>c&amp;d</li></ul>');
    expect(html`${['<x>', [html`<y>`, ['<z>']]]}`.toString()).toBe('&lt;x&gt;<y>&lt;z&gt;');
  });

  it('does not escape nested html fragments twice', () => {
    const inner = html`<b>${'1 < 2'}</b>`;
    expect(html`<p>${inner}</p>`.toString()).toBe('<p><b>1 &lt; 2</b></p>');
  });

  it('raw() passes trusted markup through unchanged', () => {
    const css = raw('a > b { content: "&"; }');
    expect(isSafeHtml(css)).toBe(true);
    expect(html`<style>${css}</style>`.toString()).toBe('<style>a > b { content: "&"; }</style>');
  });

  it('SafeHtml cannot be constructed from outside', () => {
    const Ctor = SafeHtml as unknown as new (token: unknown, value: string) => SafeHtml;
    expect(() => new Ctor(Symbol('SafeHtml'), '<script>')).toThrow(TypeError);
  });

  it('objects pretending to be SafeHtml are escaped', () => {
    const fake = { toString: () => '<script>' } as unknown as string;
    expect(html`${fake}`.toString()).toBe('&lt;script&gt;');
  });

  it('escapeHtml and joinHtml', () => {
    expect(escapeHtml(`<>&"'\``)).toBe('&lt;&gt;&amp;&quot;&#39;&#96;');
    expect(joinHtml(['a<', html`<br>`, 'b'], ' | ').toString()).toBe('a&lt; | <br> | b');
    expect(joinHtml(['x', 'y'], html`<br>`).toString()).toBe('x<br>y');
  });
});
