import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createBackup, defaultBackupDir } from '../backup/backup';
import { commandLine, countLines, describeDb, fail, formatBytes, storageConfig } from '../backup/cli-support';
import { fileStamp } from '../backup/format';

const USAGE = `Pemakaian / usage: npm run backup -- [--out <berkas.tar.gz | direktori/>] [--allow-missing-files]

Mencadangkan basis data DB_URL (SQLite atau MySQL/MariaDB) dan berkas FILES_DIR ke satu arsip .tar.gz.
Backs up the DB_URL database (SQLite or MySQL/MariaDB) and the FILES_DIR files into one .tar.gz archive.
Bawaan / default: <data>/backups/lentera-<UTC>.tar.gz (data = parent of FILES_DIR).`;

async function main() {
  const args = commandLine(USAGE, {
    options: {
      out: { type: 'string', short: 'o' },
      'allow-missing-files': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
  if (!args) return;
  const { db, filesDir } = storageConfig();
  const now = new Date();
  const name = `lentera-${fileStamp(now)}.tar.gz`;
  let out = args.values.out ? path.resolve(args.values.out) : path.join(defaultBackupDir({ filesDir }), name);
  if (args.values.out && (args.values.out.endsWith('/') || (fs.existsSync(out) && fs.statSync(out).isDirectory())))
    out = path.join(out, name);

  console.log(`Mencadangkan / backing up ${describeDb(db)} + ${filesDir}`);
  const r = await createBackup({
    db,
    filesDir,
    out,
    allowMissingFiles: args.values['allow-missing-files'],
    now: () => now,
  });
  const rows = r.manifest.tables.reduce((s, t) => s + t.rows, 0);
  const fileBytes = r.manifest.files.reduce((s, f) => s + f.size, 0);
  console.log(
    [
      `Cadangan dibuat / backup written: ${r.file}`,
      `  ${formatBytes(r.bytes)}, SHA-256 ${r.sha256}, ${(r.durationMs / 1000).toFixed(1)} s`,
      `  sumber / source: ${r.manifest.source.server}, skema / schema ${r.manifest.schema.lastMigration}, Lentera ${r.manifest.app.version}`,
      `  ${r.manifest.tables.length} tabel / tables, ${rows} baris / rows; ${r.manifest.files.length} berkas / files (${formatBytes(fileBytes)})`,
      ...countLines(
        r.manifest.tables.map((t) => ({ name: t.name, rows: t.rows })),
        '    ',
      ),
      ...(r.unreferencedFiles
        ? [
            `  ${r.unreferencedFiles} berkas di FILES_DIR tidak dirujuk cuplikan ini dan tidak disertakan / file(s) in FILES_DIR not referenced by this snapshot were left out`,
          ]
        : []),
      ...(r.manifest.missingFiles.length
        ? [
            `  PERINGATAN / WARNING: ${r.manifest.missingFiles.length} berkas yang dirujuk tidak ada / referenced file(s) missing: ${r.manifest.missingFiles.slice(0, 5).join(', ')}`,
          ]
        : []),
    ].join('\n'),
  );
}

main().catch((e) => fail('Pencadangan gagal / backup failed', e));
