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
    const child = spawn(process.execPath, ['-e', CHILD_SCRIPT, require.resolve('pdf-parse')], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(Buffer.concat(out).toString('utf8'))) : reject(new Error(`pdf-parse failed (${code}): ${Buffer.concat(err)}`))));
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
