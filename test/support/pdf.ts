import { spawn } from 'node:child_process';

// pdf-parse 2.x (pdf.js) loads its worker with a dynamic import(), which Jest's VM only allows under
// --experimental-vm-modules; so the text is extracted in a plain child Node process.
const CHILD_SCRIPT = `
const { PDFParse } = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const { text, total } = await parser.getText();
    const info = await parser.getInfo().catch(() => ({}));
    process.stdout.write(JSON.stringify({ text, pages: total ?? info.total ?? null }));
  } catch (e) { console.error(e); process.exitCode = 1; }
  finally { await parser.destroy(); }
});`;

/** The text of a PDF and its page count, as a reader would extract them. */
export function pdfContent(pdf: Buffer): Promise<{ text: string; pages: number | null }> {
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
        ? resolve(JSON.parse(Buffer.concat(out).toString('utf8')))
        : reject(new Error(`pdf-parse failed (${code}): ${Buffer.concat(err)}`)),
    );
    child.stdin.end(pdf);
  });
}

export async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfContent(pdf)).text;
}

/** supertest parser that collects a binary body into a Buffer. */
export function binaryParser(res: import('superagent').Response, cb: (err: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
  stream.on('error', (e: Error) => cb(e, Buffer.alloc(0)));
}

// The same extraction in one long-lived child for many PDFs (a spec that reads dozens of documents saves a Node start
// and a pdf.js load per document). Frames on stdin: 4-byte big-endian length + PDF bytes; one JSON line per PDF back.
const READER_SCRIPT = `
const { PDFParse } = require(process.argv[1]);
let buf = Buffer.alloc(0);
let chain = Promise.resolve();
const send = (o) => process.stdout.write(JSON.stringify(o) + '\\n');
async function extract(pdf) {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const { text, total } = await parser.getText();
    send({ text, pages: total ?? null });
  } catch (e) { send({ error: String((e && e.stack) || e) }); }
  finally { await parser.destroy(); }
}
process.stdin.on('data', (c) => {
  buf = Buffer.concat([buf, c]);
  while (buf.length >= 4 && buf.length >= 4 + buf.readUInt32BE(0)) {
    const n = buf.readUInt32BE(0);
    const pdf = Buffer.from(buf.subarray(4, 4 + n));
    buf = buf.subarray(4 + n);
    chain = chain.then(() => extract(pdf));
  }
});
process.stdin.on('end', () => chain.then(() => process.exit(0)));`;

export interface PdfTextReader {
  /** Text and page count of a PDF, as `pdfContent` gives them. */
  content(pdf: Buffer): Promise<{ text: string; pages: number | null }>;
  text(pdf: Buffer): Promise<string>;
  close(): Promise<void>;
}

/** `pdfContent`/`pdfText` through one child Node process, for a spec that extracts many PDFs. Close it in afterAll. */
export function pdfTextReader(): PdfTextReader {
  const child = spawn(process.execPath, ['-e', READER_SCRIPT, require.resolve('pdf-parse')], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const pending: Array<{ resolve: (v: { text: string; pages: number | null }) => void; reject: (e: Error) => void }> =
    [];
  const err: Buffer[] = [];
  let out = '';
  let gone: Error | null = null;
  child.stderr.on('data', (c: Buffer) => err.push(c));
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (c: string) => {
    out += c;
    for (let nl = out.indexOf('\n'); nl >= 0; nl = out.indexOf('\n')) {
      const msg = JSON.parse(out.slice(0, nl)) as { text: string; pages: number | null; error?: string };
      out = out.slice(nl + 1);
      const p = pending.shift();
      if (msg.error) p?.reject(new Error(`pdf-parse failed: ${msg.error}`));
      else p?.resolve({ text: msg.text, pages: msg.pages });
    }
  });
  const closed = new Promise<void>((resolve) =>
    child.on('close', (code, signal) => {
      gone = new Error(`pdf-parse reader exited (${code ?? signal}): ${Buffer.concat(err)}`);
      for (const p of pending.splice(0)) p.reject(gone);
      resolve();
    }),
  );
  child.on('error', (e) => {
    gone = e;
    for (const p of pending.splice(0)) p.reject(e);
  });
  const content = (pdf: Buffer) =>
    new Promise<{ text: string; pages: number | null }>((resolve, reject) => {
      if (gone) return reject(gone);
      pending.push({ resolve, reject });
      const len = Buffer.alloc(4);
      len.writeUInt32BE(pdf.length);
      child.stdin.write(Buffer.concat([len, pdf]));
    });
  return {
    content,
    text: async (pdf) => (await content(pdf)).text,
    close: async () => {
      if (!gone) child.stdin.end();
      await closed;
    },
  };
}
