import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PDFParse } from 'pdf-parse';
import { PdfRenderer, PdfRenderTimeoutError } from './renderer.js';
import { officeUserListHtml, type OfficeUserListData } from './documents/office-user-list.js';
import { formatDateId, romanMonth } from './format.js';
import { LEBAK_LETTERHEAD } from './spec.fixtures.js';

jest.setTimeout(90_000);

/**
 * Text of a PDF with pdf-parse 2.x (`new PDFParse({ data }).getText()`).
 * pdf-parse's pdf.js sets up its worker with a dynamic `import()`, which Jest only allows under
 * `node --experimental-vm-modules`; without that flag the same code runs in a child Node process.
 */
let pdfParseInProcess = true;
async function pdfText(pdf: Buffer): Promise<string> {
  if (pdfParseInProcess) {
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    try {
      const { text } = await parser.getText();
      return text;
    } catch (err) {
      if (!/experimental-vm-modules/.test(String((err as Error)?.message))) throw err;
      pdfParseInProcess = false;
    } finally {
      await parser.destroy().catch(() => undefined);
    }
  }
  return pdfTextInChild(pdf);
}

const CHILD_SCRIPT = `
const { PDFParse } = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try { const { text } = await parser.getText(); process.stdout.write(text); }
  catch (e) { console.error(e); process.exitCode = 1; }
  finally { await parser.destroy(); }
});`;

function pdfTextInChild(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CHILD_SCRIPT, require.resolve('pdf-parse')], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString('utf8'))
        : reject(new Error(`pdf-parse failed (${code}): ${Buffer.concat(err).toString('utf8')}`)),
    );
    child.stdin.end(pdf);
  });
}

/** Text with all whitespace removed: table cells wrap long strings onto several lines. */
const squash = (s: string): string => s.replace(/\s+/g, '');

function pageSizes(pdf: Buffer): Array<[number, number]> {
  const boxes = pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g);
  return [...boxes].map((m) => [Number(m[1]), Number(m[2])]);
}

/** Processes whose process group is `pgid` (Chromium is launched as a group leader). */
function groupMembers(pgid: number): Array<{ pid: number; state: string }> {
  const out: Array<{ pid: number; state: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) out.push({ pid: Number(entry), state: fields[0] });
    } catch {
      /* process went away */
    }
  }
  return out;
}

/** Our own zombie children (a child that exited and was never reaped). */
function zombieChildren(): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z' && Number(fields[1]) === process.pid) out.push(Number(entry));
    } catch {
      /* gone */
    }
  }
  return out;
}

/** Marks the Chromium processes launched from now on (they inherit the environment). */
function tagChromium(): string {
  const tag = `t${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  process.env.LENTERA_RENDER_PROBE = tag;
  return tag;
}

/** Live (non-zombie: a zombie's environment is empty) processes carrying the tag. */
function liveTagged(tag: string): number[] {
  const needle = `LENTERA_RENDER_PROBE=${tag}`;
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(needle)) out.push(Number(entry));
    } catch {
      /* gone or not ours */
    }
  }
  return out;
}

async function waitFor(cond: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const ROLE_LABELS = {
  admin: 'Administrator',
  desk: 'Desk Pelayanan',
  ppid: 'PPID',
  atasan: 'Atasan PPID',
  penghubung: 'Penghubung',
  pertimbangan: 'Tim Pertimbangan',
};

function sampleData(overrides: Partial<OfficeUserListData> = {}): OfficeUserListData {
  return {
    office: {
      code: '3602',
      ...LEBAK_LETTERHEAD,
      email: 'ppid@kpu-lebakkab.go.id',
      website: 'kab-lebak.kpu.go.id',
    },
    users: [
      {
        username: 'siti.n',
        fullName: 'Siti Nurhaliza, S.H.',
        nip: '198701122010012001',
        position: 'Kepala Subbagian Teknis dan Hupmas',
        roles: ['ppid', 'desk'],
        active: true,
      },
      { username: 'budi', fullName: 'Budi Santoso', nip: null, position: null, roles: ['penghubung'], active: false },
    ],
    number: `012/PP.01-SD/3602/${romanMonth(11)}/2026`,
    dateText: formatDateId('2026-11-23'),
    verification: { code: 'K7QF-3M9P', url: 'https://lentera.example.go.id/verifikasi/K7QF-3M9P' },
    signers: [
      {
        role: 'Pejabat Pengelola Informasi dan Dokumentasi',
        name: 'Siti Nurhaliza, S.H.',
        nip: '198701122010012001',
        place: 'Rangkasbitung',
        date: '23 November 2026',
      },
    ],
    roleLabels: ROLE_LABELS,
    ...overrides,
  };
}

describe('PdfRenderer (real Chromium)', () => {
  let renderer: PdfRenderer;
  let server: http.Server;
  let port: number;
  let requests: string[];
  let connections: number;

  beforeAll(async () => {
    requests = [];
    connections = 0;
    server = http.createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('LEAKED-FROM-LOCAL-SERVER');
    });
    server.on('connection', () => connections++); // catches preconnects too
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    renderer = new PdfRenderer();
  });

  afterAll(async () => {
    await renderer.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('renders the office user list to an A4 PDF with the expected text', async () => {
    const html = await officeUserListHtml(sampleData());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*"(?!data:)/i);

    const pdf = await renderer.render(html, { footerText: 'Daftar Pengguna Lentera' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(0);
    for (const [w, h] of sizes) {
      // A4, 210 × 297 mm = 595.3 × 841.9 pt (the document's @page size; Chromium rounds to its pixel grid)
      expect(Math.abs(w - 595.3)).toBeLessThan(1);
      expect(Math.abs(h - 841.9)).toBeLessThan(1);
    }

    const text = await pdfText(pdf);
    for (const expected of [
      'KOMISI PEMILIHAN UMUM',
      'KABUPATEN LEBAK',
      'Jalan Siliwangi Nomor 4, Rangkasbitung 42312',
      'DAFTAR PENGGUNA LENTERA',
      'Nomor: 012/PP.01-SD/3602/XI/2026',
      'Siti Nurhaliza, S.H.',
      'NIP. 19870112 201001 2 001',
      'siti.n',
      'PPID',
      'Desk Pelayanan',
      'Penghubung',
      'Nonaktif',
      'Rangkasbitung, 23 November 2026',
      'Pejabat Pengelola Informasi dan Dokumentasi',
      'K7QF-3M9P',
      'Halaman 1 dari 1',
    ]) {
      expect(squash(text)).toContain(squash(expected)); // table cells and blocks wrap lines
    }
    expect(squash(text)).toContain(
      squash(
        'Keaslian dokumen ini dapat diperiksa di https://lentera.example.go.id/verifikasi/K7QF-3M9P dengan kode K7QF-3M9P',
      ),
    );
  });

  it('renders landscape when asked', async () => {
    const pdf = await renderer.render('<!DOCTYPE html><p>Lanskap</p>', { landscape: true });
    const [[w, h]] = pageSizes(pdf);
    expect(w).toBeGreaterThan(h);
  });

  it('prints hostile data as literal text and loads nothing (escaped templates)', async () => {
    const script = `<script>document.write('PWNED')</script>`;
    const iframe = `<iframe src="file:///etc/passwd">`;
    const img = `<img src="http://127.0.0.1:${port}/x">`;
    const data = sampleData({
      users: [{ username: img, fullName: script, nip: null, position: iframe, roles: ['<b>x</b>'], active: true }],
      signers: [{ role: 'PPID', name: script, position: iframe }],
      verification: { code: 'ABC', url: `http://127.0.0.1:${port}/verify"><img src="http://127.0.0.1:${port}/y` },
      roleLabels: { '<b>x</b>': img },
    });
    data.office = { ...data.office, address: iframe, letterheadLine2: script };
    const html = await officeUserListHtml(data);
    expect(html).not.toContain('<script>document.write');
    expect(html).not.toContain('<iframe');

    const text = await pdfText(await renderer.render(html, { footerText: script }));
    const flat = squash(text);
    expect(flat).toContain(squash(script));
    expect(flat).toContain(squash(iframe));
    expect(flat).toContain(squash(img));
    // Every PWNED is part of a literal `document.write('PWNED')` (the letterhead prints one in
    // capitals): the script never ran. Counted on the squashed text: a table cell may wrap a word across lines.
    expect(flat.match(/document\.write\('PWNED'\)/gi)?.length).toBeGreaterThanOrEqual(2);
    expect(flat.match(/PWNED/gi)?.length).toBe(flat.match(/document\.write\('PWNED'\)/gi)?.length);
    expect(text).not.toContain('root:x:0:0');
    expect(text).not.toContain('LEAKED-FROM-LOCAL-SERVER');
    expect(requests).toEqual([]);
    expect(connections).toBe(0);
  });

  it('blocks scripts, local files and network requests even in raw (unescaped) HTML', async () => {
    const base = `http://127.0.0.1:${port}`;
    const hostile = `<!DOCTYPE html><html><head>
<meta http-equiv="refresh" content="0;url=${base}/refresh">
<link rel="stylesheet" href="${base}/style.css">
<link rel="prefetch" href="${base}/prefetch">
<link rel="preconnect" href="${base}"><link rel="preload" href="${base}/preload.css" as="style">
<link rel="icon" href="${base}/favicon.ico"><link rel="manifest" href="${base}/manifest.json">
<script type="speculationrules">{"prefetch":[{"source":"list","urls":["${base}/speculation"]}]}</script>
<style>@import url("${base}/import.css"); body { background: url("${base}/bg.png"); }
@font-face { font-family: X; src: url("${base}/font.woff"); } p { font-family: X; }</style>
</head><body>
<p>VISIBLE-MARKER</p>
<script>document.write('PWNED')</script>
<script src="${base}/script.js"></script>
<iframe src="file:///etc/passwd" width="600" height="400"></iframe>
<iframe src="${base}/frame"></iframe>
<object data="file:///etc/passwd" type="text/plain" width="600" height="300"></object>
<embed src="file:///etc/passwd" type="text/plain">
<img src="${base}/x.png"><img src="file:///etc/hostname">
<video src="${base}/v.mp4" poster="${base}/poster.png"></video>
<form action="${base}/form"><input type="image" src="${base}/input.png"></form>
<svg width="50" height="50"><image href="${base}/svg.png" width="50" height="50"/></svg>
<picture><source srcset="${base}/pic.webp" type="image/webp"><img srcset="${base}/srcset.png 2x"></picture>
<iframe srcdoc="<img src='${base}/srcdoc.png'><iframe src='file:///etc/passwd'></iframe>"></iframe>
<iframe src="data:text/html,<img src='${base}/dataframe.png'>"></iframe>
</body></html>`;
    const pdf = await renderer.render(hostile);
    const text = await pdfText(pdf);
    expect(text).toContain('VISIBLE-MARKER');
    expect(text).not.toContain('PWNED');
    expect(text).not.toContain('root:x:0:0');
    expect(text).not.toContain('LEAKED-FROM-LOCAL-SERVER');
    // Give late requests (e.g. the meta refresh) a moment to arrive, then check none did.
    await new Promise((r) => setTimeout(r, 500));
    expect(requests).toEqual([]);
    expect(connections).toBe(0);
  });

  it('runs concurrent renders on one browser', async () => {
    const before = renderer.launchCount;
    await renderer.render('<p>warm</p>');
    const launched = renderer.launchCount;
    expect(launched - before).toBeLessThanOrEqual(1);
    const pdfs = await Promise.all([1, 2, 3, 4].map((i) => renderer.render(`<p>Dokumen ${i}</p>`)));
    const texts = await Promise.all(pdfs.map(pdfText));
    texts.forEach((t, i) => expect(t).toContain(`Dokumen ${i + 1}`));
    expect(renderer.launchCount).toBe(launched);
  });

  it("prepares the next document's context while idle and gives every document its own", async () => {
    const r = new PdfRenderer();
    try {
      const simple = '<!doctype html><html><body><p>Satu</p></body></html>';
      // the contexts a render ran in: the ones that existed during it and are gone after it
      const contextsNow = () =>
        new Set(r.browser!.browserContexts().filter((c) => c !== r.browser!.defaultBrowserContext()));
      await r.render(simple);
      const waitForSpare = async () => {
        for (let i = 0; i < 100 && contextsNow().size < 1; i++) await new Promise((done) => setImmediate(done));
        for (let i = 0; i < 200 && contextsNow().size < 1; i++) await new Promise((done) => setTimeout(done, 10));
      };
      await waitForSpare();
      const spare = [...contextsNow()];
      expect(spare).toHaveLength(1); // one prepared context waits, nothing else is left open
      await r.render(simple);
      await waitForSpare();
      const after = contextsNow();
      expect(after.size).toBe(1);
      expect(after.has(spare[0])).toBe(false); // the spare was used by that document and closed with it
      expect(spare[0].closed).toBe(true);
    } finally {
      await r.close();
    }
  });

  it('relaunches after close() and leaves no process or zombie behind', async () => {
    const tag = tagChromium();
    const r = new PdfRenderer();
    try {
      await r.render('<p>satu</p>');
      const proc = r.browser!.process()!;
      const pid = proc.pid!;
      expect(liveTagged(tag).length).toBeGreaterThan(0);

      await r.close();
      expect(r.browser).toBeNull();
      expect(proc.exitCode !== null || proc.signalCode !== null).toBe(true);
      // Every process Chromium started has exited (helpers orphaned to PID 1 may be a zombie for a
      // moment until init reaps them; none is left unreaped by us).
      await waitFor(() => liveTagged(tag).length === 0);
      await waitFor(() => groupMembers(pid).filter((p) => p.state !== 'Z').length === 0);
      expect(zombieChildren()).toEqual([]);

      const text = await pdfText(await r.render('<p>dua</p>'));
      expect(text).toContain('dua');
      expect(r.launchCount).toBe(2);
      expect(r.browser?.process()?.pid).not.toBe(pid);
    } finally {
      await r.close();
    }
    await waitFor(() => liveTagged(tag).length === 0);
  });

  it('relaunches when the browser process was killed, even right before the next render', async () => {
    const tag = tagChromium();
    const r = new PdfRenderer();
    try {
      // 1. killed, and the renderer has noticed the disconnect
      await r.render('<p>sebelum</p>');
      let browser = r.browser!;
      const firstPid = browser.process()!.pid!;
      const disconnected = new Promise<void>((resolve) => browser.once('disconnected', () => resolve()));
      browser.process()!.kill('SIGKILL');
      await disconnected;
      expect(await pdfText(await r.render('<p>sesudah</p>'))).toContain('sesudah');
      expect(r.launchCount).toBe(2);
      // The crashed browser's orphaned helpers are cleaned up too.
      await waitFor(() => groupMembers(firstPid).filter((p) => p.state !== 'Z').length === 0);

      // 2. killed and rendered at once (the render fails on the dead browser and is retried once)
      browser = r.browser!;
      browser.process()!.kill('SIGKILL');
      expect(await pdfText(await r.render('<p>segera</p>'))).toContain('segera');
      expect(r.launchCount).toBe(3);
    } finally {
      await r.close();
    }
    await waitFor(() => liveTagged(tag).length === 0);
    expect(zombieChildren()).toEqual([]);
  });

  it('relaunches after maxRendersPerBrowser renders', async () => {
    const r = new PdfRenderer({ maxRendersPerBrowser: 2 });
    try {
      await r.render('<p>1</p>');
      const first = r.browser!.process()!;
      await r.render('<p>2</p>');
      expect(r.launchCount).toBe(1);
      await r.render('<p>3</p>');
      expect(r.launchCount).toBe(2);
      await waitFor(() => first.exitCode !== null || first.signalCode !== null);
    } finally {
      await r.close();
    }
  });

  it('times out a render, and the next render still works', async () => {
    const r = new PdfRenderer();
    try {
      await r.render('<p>warm</p>');
      const big = `<table>${'<tr><td>sel</td><td>sel</td></tr>'.repeat(3_000)}</table>`;
      await expect(r.render(big, { timeoutMs: 30 })).rejects.toBeInstanceOf(PdfRenderTimeoutError);
      const text = await pdfText(await r.render('<p>pulih</p>'));
      expect(text).toContain('pulih');
    } finally {
      await r.close();
    }
  });

  it('reports a clear error when Chromium is missing', async () => {
    const r = new PdfRenderer({ executablePath: '/nonexistent/chromium' });
    await expect(r.render('<p>x</p>')).rejects.toThrow(/Chromium not found at \/nonexistent\/chromium/);
    await r.close();
  });
});
