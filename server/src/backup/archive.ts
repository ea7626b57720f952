import { createHash } from 'node:crypto';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import * as readline from 'node:readline';
import * as tar from 'tar';
import { BackupError, filePath, Manifest, STORAGE_KEY, validateManifest } from './format';

/** SHA-256 and size of a file, streamed. */
export async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Writes lines to a file in large chunks, hashing the bytes as they go. */
export class LineWriter {
  private readonly out: fs.WriteStream;
  private readonly hash = createHash('sha256');
  private pending: string[] = [];
  private pendingBytes = 0;
  bytes = 0;
  lines = 0;

  constructor(file: string) {
    this.out = fs.createWriteStream(file, { flags: 'wx', mode: 0o600 });
  }

  async write(line: string): Promise<void> {
    this.pending.push(line, '\n');
    this.pendingBytes += line.length + 1;
    this.lines++;
    if (this.pendingBytes >= 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.pending.length) return;
    const chunk = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingBytes = 0;
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  async close(): Promise<{ sha256: string; bytes: number; lines: number }> {
    await this.flush();
    this.out.end();
    await once(this.out, 'close');
    return { sha256: this.hash.digest('hex'), bytes: this.bytes, lines: this.lines };
  }

  destroy(): void {
    this.out.destroy();
  }
}

/** The lines of a table file, streamed. */
export async function* readLines(file: string): AsyncIterable<string> {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

/**
 * Packs the staging directory: manifest.json first, then the table files, then the files (reached through the
 * staging directory's `files` link to FILES_DIR, so they are not copied twice).
 */
export async function pack(stagingDir: string, out: string, entries: string[]): Promise<void> {
  await tar.c(
    {
      gzip: { level: 6 },
      file: out,
      cwd: stagingDir,
      portable: true,
      mode: 0o600,
    } as tar.TarOptionsWithAliasesAsyncFile,
    entries,
  );
  await fsp.chmod(out, 0o600);
}

const ALLOWED = /^(manifest\.json|tables\/[A-Za-z_][A-Za-z0-9_]*\.jsonl|files\/[0-9a-f]{2}\/[0-9a-f-]{36})$/;
const ALLOWED_DIR = /^(tables|files|files\/[0-9a-f]{2})\/?$/;

/** Unpacks an archive into an empty directory, refusing any entry that is not part of the format (links, other paths). */
export async function unpack(archive: string, dir: string): Promise<void> {
  if (!fs.existsSync(archive))
    throw new BackupError(`arsip ${archive} tidak ditemukan`, `archive ${archive} not found`);
  const unexpected: string[] = [];
  try {
    await tar.x({
      file: archive,
      cwd: dir,
      strict: true,
      preservePaths: false,
      preserveOwner: false,
      maxDecompressionRatio: 10_000,
      filter: (p, entry) => {
        const name = p.replace(/^\.\//, '');
        const type = 'type' in entry ? entry.type : entry.isDirectory() ? 'Directory' : 'File';
        const ok = (type === 'File' && ALLOWED.test(name)) || (type === 'Directory' && ALLOWED_DIR.test(name));
        if (!ok) unexpected.push(name);
        return ok;
      },
    });
  } catch (e) {
    throw new BackupError(
      `arsip tidak dapat dibaca (bukan .tar.gz Lentera atau rusak): ${(e as Error).message}`,
      `the archive cannot be read (not a Lentera .tar.gz, or damaged): ${(e as Error).message}`,
    );
  }
  if (unexpected.length)
    throw new BackupError(
      `arsip memuat entri yang tidak dikenal: ${unexpected.slice(0, 5).join(', ')}`,
      `the archive holds unexpected entries: ${unexpected.slice(0, 5).join(', ')}`,
    );
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fsp.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(path.join(dir, e.name), rel)));
    else out.push(rel);
  }
  return out;
}

/**
 * Reads and checks an unpacked archive before anything is written anywhere: the manifest's shape, every table
 * file's SHA-256, size and row count, every file's SHA-256 and size, and that nothing else is there.
 */
export async function verifyUnpacked(dir: string): Promise<Manifest> {
  let raw: unknown;
  try {
    raw = JSON.parse(await fsp.readFile(path.join(dir, 'manifest.json'), 'utf8'));
  } catch {
    throw new BackupError(
      'arsip tidak memuat manifest.json yang dapat dibaca',
      'the archive has no readable manifest.json',
    );
  }
  const manifest = validateManifest(raw);
  const problems: string[] = [];
  for (const t of manifest.tables) {
    const file = path.join(dir, t.file);
    if (!fs.existsSync(file)) {
      problems.push(`${t.file} hilang / missing`);
      continue;
    }
    const hash = createHash('sha256');
    let bytes = 0;
    let lines = 0;
    for await (const chunk of fs.createReadStream(file)) {
      const b = chunk as Buffer;
      hash.update(b);
      bytes += b.length;
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++;
    }
    if (hash.digest('hex') !== t.sha256 || bytes !== t.bytes) problems.push(`${t.file}: SHA-256`);
    else if (lines !== t.rows) problems.push(`${t.file}: ${lines} ≠ ${t.rows} rows`);
  }
  for (const f of manifest.files) {
    const file = path.join(dir, f.path);
    if (!STORAGE_KEY.test(f.key) || f.path !== `files/${filePath(f.key)}`) problems.push(`${f.path}: path`);
    else if (!fs.existsSync(file)) problems.push(`${f.path} hilang / missing`);
    else {
      const h = await hashFile(file);
      if (h.sha256 !== f.sha256 || h.size !== f.size) problems.push(`${f.path}: SHA-256`);
    }
  }
  const expected = new Set([
    'manifest.json',
    ...manifest.tables.map((t) => t.file),
    ...manifest.files.map((f) => f.path),
  ]);
  for (const rel of await listFiles(dir))
    if (!expected.has(rel)) problems.push(`${rel}: tidak ada di manifest / not in the manifest`);
  if (problems.length)
    throw new BackupError(
      `arsip rusak atau telah diubah, tidak ada yang dipulihkan (${problems.length} masalah: ${problems.slice(0, 5).join('; ')})`,
      `the archive is damaged or has been altered; nothing was restored (${problems.length} problem(s): ${problems.slice(0, 5).join('; ')})`,
    );
  return manifest;
}
