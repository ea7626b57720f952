import { letterhead, emblemSvg } from './letterhead.js';
import { signatureBlocks } from './signature.js';
import { verificationBox, qrDataUrl } from './verification.js';
import { breakAfterSlashes, dataTable } from './table.js';
import { documentPage } from '../layout.js';
import { html } from '../html.js';
import { LEBAK_LETTERHEAD } from '../spec.fixtures.js';

const office = {
  ...LEBAK_LETTERHEAD,
  email: 'ppid@example.go.id',
  website: null,
};

describe('letterhead', () => {
  it('has the emblem, both lines, the address/contact line and a double rule', () => {
    const out = letterhead(office).toString();
    expect(out).toContain('<svg class="kop-emblem"');
    expect(out).toContain('>KPU</text>');
    expect(out).toContain('<div class="kop-line1">Komisi Pemilihan Umum</div>');
    expect(out).toContain('<div class="kop-line2">Kabupaten Lebak</div>');
    expect(out).toContain('Jalan Siliwangi Nomor 4, Rangkasbitung 42312');
    expect(out).toContain('Telepon (0252) 201234');
    expect(out).toContain('Pos-el ppid@example.go.id');
    expect(out).not.toContain('Laman'); // website missing → left out
    expect(out).toContain('class="kop-rule"');
    expect(out).toContain('class="kop-rule-thin"');
  });

  it('leaves out missing address parts and falls back to the office name', () => {
    const out = letterhead({ name: 'KPU RI', letterheadLine1: '', letterheadLine2: ' ' }).toString();
    expect(out).toContain('<div class="kop-line1">KPU RI</div>');
    expect(out).not.toContain('kop-address');
    expect(out).not.toContain('kop-contact');
  });

  it('escapes office data', () => {
    const out = letterhead({ ...office, address: '<img src=x onerror=alert(1)>' }).toString();
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).not.toContain('<img');
  });

  it('emblem is inline SVG without external references', () => {
    expect(emblemSvg().toString()).not.toMatch(/(href|src)=/);
  });
});

describe('signatureBlocks', () => {
  it('puts a single signer in the right half', () => {
    const out = signatureBlocks([
      {
        role: 'Pejabat Pengelola Informasi dan Dokumentasi',
        name: 'Siti',
        nip: '198701122010012001',
        place: 'Rangkasbitung',
        date: '23 November 2026',
      },
    ]).toString();
    expect(out).toMatch(/<tr><td>\u00a0<\/td><td>Rangkasbitung, 23 November 2026<\/td><\/tr>/);
    expect(out).toContain('<span class="ttd-name">Siti</span>');
    expect(out).toContain('NIP. 19870112 201001 2 001');
  });

  it('aligns two signers row by row and keeps blocks unbroken', () => {
    const out = signatureBlocks([
      { role: 'Atasan PPID', name: 'A', position: 'Sekretaris' },
      { role: 'PPID', name: 'B', nip: '1', place: 'Serang', date: '1 Mei 2026' },
    ]).toString();
    const rows = out.match(/<tr[^>]*>.*?<\/tr>/gs) ?? [];
    // place/date, role, position, space, name, NIP: the same rows for both columns
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row.match(/<td>/g)).toHaveLength(2);
    expect(rows[0]).toContain('<td>\u00a0</td><td>Serang, 1 Mei 2026</td>');
    expect(rows[5]).toContain('<td>\u00a0</td><td>NIP. 1</td>');
  });

  it('lays out more than two signers two per row, and nothing for none', () => {
    const s = { role: 'R', name: 'N' };
    expect(
      signatureBlocks([s, s, s])
        .toString()
        .match(/class="ttd-table"/g),
    ).toHaveLength(2);
    expect(signatureBlocks([]).toString()).toBe('');
  });
});

describe('verificationBox', () => {
  it('shows number, date, code, URL and an inline QR code', async () => {
    const out = (
      await verificationBox({
        number: '1/PPID/2026',
        dateText: '1 Mei 2026',
        code: 'AB-12',
        url: 'https://x.example/v/AB-12?a=1&b=2',
      })
    ).toString();
    expect(out).toContain('1/PPID/2026');
    expect(out).toContain('1 Mei 2026');
    expect(out).toContain(
      'Keaslian dokumen ini dapat diperiksa di <span class="verif-url">https://x.example/v/AB-12?a=1&amp;b=2</span> dengan kode <span class="verif-code">AB-12</span>',
    );
    expect(out).toMatch(/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+"/);
  });

  it('QR code is an SVG data URL', async () => {
    const url = await qrDataUrl('https://x.example/v/1');
    const svg = Buffer.from(url.split(',')[1], 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|href=/);
  });
});

describe('dataTable', () => {
  it('renders a header that repeats (thead) and escaped cells', () => {
    const out = dataTable(
      [
        { header: 'No', width: '8%', align: 'center', cell: (_r: { a: string }, i) => i + 1 },
        { header: html`Nama <i>lengkap</i>`, cell: (r: { a: string }) => r.a },
      ],
      [{ a: '<b>x</b>' }],
    ).toString();
    expect(out).toContain('<thead><tr><th>No</th><th>Nama <i>lengkap</i></th></tr></thead>');
    expect(out).toContain('<col style="width:8%">');
    expect(out).toContain('<td class="a-center">1</td><td>&lt;b&gt;x&lt;/b&gt;</td>');
  });

  it('nowrap keeps a text on one line where it fits (no-break spaces), and numbers may wrap after slashes', () => {
    const out = dataTable(
      [
        { header: 'Batas', nowrap: true, cell: (r: { d: string; n: string }) => r.d },
        { header: 'Nomor', cell: (r: { d: string; n: string }) => breakAfterSlashes(r.n) },
      ],
      [{ d: '30 Desember 2026', n: '001/PPID/XII/2026' }],
    ).toString();
    expect(out).toContain('<td>30\u00a0Desember\u00a02026</td>');
    expect(out).toContain('<td>001/<wbr>PPID/<wbr>XII/<wbr>2026</td>');
    expect(out).not.toContain('nowrap');
  });

  it('shows an empty-row text and rejects odd widths', () => {
    expect(dataTable([{ header: 'A', cell: () => '' }], [], { emptyText: 'Kosong' }).toString()).toContain(
      '<td class="empty" colspan="1">Kosong</td>',
    );
    expect(() => dataTable([{ header: 'A', width: '1px;background:url(x)', cell: () => '' }], [])).toThrow(RangeError);
  });
});

describe('documentPage', () => {
  it('builds a self-contained document: charset, CSP, no script, no external URL', async () => {
    const doc = await documentPage({
      title: 'Daftar <Uji>',
      subtitle: 'Sub',
      office,
      number: '9/X/2026',
      dateText: '2 Mei 2026',
      body: html`<p>${'isi & isi'}</p>`,
      signers: [{ role: 'PPID', name: 'Nama' }],
      verification: { code: 'C-1', url: 'https://v.example/C-1' },
    });
    expect(doc.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc).toContain('<meta charset="utf-8">');
    expect(doc).toContain('http-equiv="Content-Security-Policy"');
    expect(doc).toContain('@page { size: A4 portrait; margin: 20mm; }');
    expect(doc).toContain("'Liberation Serif'");
    expect(doc).toContain('<h1 class="doc-title">Daftar &lt;Uji&gt;</h1>');
    expect(doc).toContain('Nomor: 9/X/2026');
    expect(doc).toContain('<p>isi &amp; isi</p>');
    expect(doc).not.toMatch(/<script/i);
    expect(doc).not.toMatch(/\b(src|href)\s*=\s*"(?!data:)/i);
    expect(doc).not.toMatch(/url\(/i);
  });

  it('keeps the closing lines, the signatures and the verification box in one block at the end', async () => {
    const doc = await documentPage({
      title: 'T',
      office,
      number: '1',
      dateText: 'd',
      body: html`<p>isi</p>`,
      closing: html`<p class="closing">Demikian.</p>`,
      signers: [{ role: 'PPID', name: 'Nama' }],
      verification: { code: 'c', url: 'u' },
    });
    expect(doc).toMatch(
      /<\/main>\s*<div class="doc-end">\s*<p class="closing">Demikian\.<\/p>\s*<section class="ttd">[\s\S]*<\/section>\s*<section class="verif">[\s\S]*<\/section>\s*<\/div>\s*<\/body>/,
    );
    // landscape, one signer: the verification box beside the signature (a landscape page is short)
    const wide = await documentPage({
      title: 'T',
      office,
      number: '1',
      dateText: 'd',
      body: html``,
      signers: [{ role: 'PPID', name: 'Nama' }],
      verification: { code: 'c', url: 'u' },
      landscape: true,
    });
    expect(wide).toMatch(
      /<table class="doc-end-beside"[^>]*><tr><td><section class="verif">[\s\S]*<\/section><\/td><td><section class="ttd">/,
    );
  });

  it('landscape sets the CSS page size', async () => {
    const doc = await documentPage({
      title: 'T',
      office,
      number: '1',
      dateText: 'd',
      body: html``,
      verification: { code: 'c', url: 'u' },
      landscape: true,
    });
    expect(doc).toContain('size: A4 landscape');
  });
});
