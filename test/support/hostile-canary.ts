import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { inflateSync } from 'node:zlib';

/** What a canary HTTP server answers: it must never show up in a PDF. */
export const CANARY_RESPONSE = 'LENTERA-CANARY-RESPONSE';

export interface Canary {
  /** Base URLs of the listening canary servers, e.g. `http://127.0.0.1:41234`, `http://192.0.2.2:41235`. */
  bases: string[];
  /** A file with a unique secret; hostile text points `file://` URLs at it. */
  file: string;
  secret: string;
  /** Every request that reached a canary server ("GET /x (127.0.0.1)"). */
  requests: string[];
  /** TCP connections accepted (a preconnect counts even without a request). */
  connections(): number;
  /** True when the canary file was opened for reading since it was created (its atime moved). */
  fileWasRead(): boolean;
  /**
   * Whether this file system records reads at all (a control file made the same way was read and its atime moved).
   * On a `noatime` mount it does not, and `fileWasRead()` proves nothing; then only the secret's absence is evidence.
   */
  readsObservable: boolean;
  close(): Promise<void>;
}

/** A second address of this machine to listen on: a non-loopback IPv4 when there is one, else IPv6 loopback. */
function secondAddress(): string {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '::1';
}

async function listen(
  host: string,
  requests: string[],
  sockets: Set<Socket>,
  counter: { n: number },
): Promise<http.Server | null> {
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url} (${host})`);
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<p>${CANARY_RESPONSE}</p>`);
  });
  server.on('connection', (s: Socket) => {
    counter.n++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, host, () => resolve());
    });
    return server;
  } catch {
    return null; // e.g. no IPv6 on this machine
  }
}

/** A GET from this process with a fresh connection: proves the server answers (so zero hits later means something). */
function probe(base: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}/probe`, { agent: false, headers: { connection: 'close' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`canary ${base} did not answer`)));
  });
}

/** A file whose atime is an hour before its mtime: with relatime or strictatime the next read moves the atime. */
function writeUnread(file: string, content: string): number {
  fs.writeFileSync(file, content, { mode: 0o644 });
  const { mtime } = fs.statSync(file);
  fs.utimesSync(file, new Date(mtime.getTime() - 3_600_000), mtime);
  return fs.statSync(file).atimeMs;
}

/**
 * Canary HTTP servers on 127.0.0.1 and a second address (each probed once from here, then the counts reset), and a
 * canary file whose atime is set before its mtime, so that (with relatime or strictatime) any read of it moves the
 * atime; a control file beside it is read to check that this file system records reads.
 */
export async function startCanary(): Promise<Canary> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const counter = { n: 0 };
  const servers: http.Server[] = [];
  const bases: string[] = [];
  for (const host of ['127.0.0.1', secondAddress()]) {
    const s = await listen(host, requests, sockets, counter);
    if (!s) continue;
    servers.push(s);
    const port = (s.address() as AddressInfo).port;
    bases.push(`http://${host.includes(':') ? `[${host}]` : host}:${port}`);
  }
  if (!bases.length) throw new Error('no canary server could listen');
  for (const base of bases) {
    const body = await probe(base);
    if (!body.includes(CANARY_RESPONSE)) throw new Error(`canary ${base} answered ${JSON.stringify(body)}`);
  }
  // wait for the probes' connections to close, then start counting from zero
  for (let i = 0; sockets.size && i < 100; i++) await new Promise((r) => setTimeout(r, 10));
  requests.length = 0;
  counter.n = 0;

  const secret = `LENTERA-CANARY-${randomBytes(12).toString('hex')}`;
  const tag = randomBytes(6).toString('hex');
  const file = path.join(os.tmpdir(), `lentera-canary-${tag}.txt`);
  const control = path.join(os.tmpdir(), `lentera-canary-control-${tag}.txt`);
  const atimeMs = writeUnread(file, `${secret}\n`);
  const controlAtime = writeUnread(control, 'control\n');
  fs.readFileSync(control);
  const readsObservable = fs.statSync(control).atimeMs !== controlAtime;
  fs.rmSync(control, { force: true });

  return {
    bases,
    file,
    secret,
    requests,
    connections: () => counter.n,
    fileWasRead: () => fs.statSync(file).atimeMs !== atimeMs,
    readsObservable,
    close: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
      fs.rmSync(file, { force: true });
    },
  };
}

/** The raw bytes of a PDF and each of its streams inflated (where they are Flate-compressed). */
export function pdfByteViews(pdf: Buffer): Buffer[] {
  const views = [pdf];
  const latin = pdf.toString('latin1');
  const re = /stream\r?\n/g;
  for (let m = re.exec(latin); m; m = re.exec(latin)) {
    const start = m.index + m[0].length;
    const end = latin.indexOf('endstream', start);
    if (end < 0) break;
    try {
      views.push(inflateSync(pdf.subarray(start, end)));
    } catch {
      /* not a Flate stream (or an image): the raw view covers it */
    }
    re.lastIndex = end;
  }
  return views;
}

/** The needles that occur anywhere in the PDF's bytes: raw, inflated, as Latin-1/UTF-8, UTF-16BE or hex. */
export function pdfBytesContaining(pdf: Buffer, needles: readonly string[]): string[] {
  const views = pdfByteViews(pdf);
  return needles.filter((needle) => {
    const utf16 = Buffer.from(needle, 'utf16le').swap16();
    const forms = [
      Buffer.from(needle, 'utf8'),
      utf16,
      Buffer.from(utf16.toString('hex').toUpperCase()),
      Buffer.from(utf16.toString('hex')),
    ];
    return views.some((view) => forms.some((f) => view.includes(f)));
  });
}

/** Whether `needle` occurs anywhere in the PDF's bytes (see `pdfBytesContaining`). */
export function pdfBytesContain(pdf: Buffer, needle: string): boolean {
  return pdfBytesContaining(pdf, [needle]).length > 0;
}
