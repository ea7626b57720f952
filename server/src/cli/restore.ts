import 'reflect-metadata';
import { commandLine, countLines, describeDb, fail, formatBytes, storageConfig } from '../backup/cli-support';
import type { Manifest } from '../backup/format';
import { restoreBackup, verifyArchive } from '../backup/restore';

const USAGE = `Pemakaian / usage: npm run restore -- <arsip.tar.gz> [--force] [--check]

Memulihkan arsip npm run backup ke basis data DB_URL yang kosong dan ke FILES_DIR.
Restores an npm run backup archive into the empty DB_URL database and into FILES_DIR.
  --check   hanya memeriksa arsip (SHA-256, skema) tanpa menulis apa pun / only check the archive, write nothing
  --force   hapus dulu seluruh tabel Lentera di basis data tujuan yang berisi data / erase a target that holds data`;

function describe(m: Manifest): string[] {
  const rows = m.tables.reduce((s, t) => s + t.rows, 0);
  return [
    `  dibuat / created ${m.createdAt} dari / from ${m.source.server} (${m.source.engine}), Lentera ${m.app.version}, skema / schema ${m.schema.lastMigration}`,
    `  SHA-256 cocok / verified: ${m.tables.length} tabel / tables, ${rows} baris / rows, ${m.files.length} berkas / files (${formatBytes(m.files.reduce((s, f) => s + f.size, 0))})`,
  ];
}

async function main() {
  const args = commandLine(USAGE, {
    options: { force: { type: 'boolean' }, check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (!args) return;
  if (args.positionals.length !== 1) {
    console.error(`Sebutkan satu arsip / name one archive.\n\n${USAGE}`);
    process.exit(2);
  }
  const archive = args.positionals[0];
  if (args.values.check) {
    console.log(`Memeriksa arsip / checking archive ${archive}`);
    const { manifest, migrationsAfter } = await verifyArchive(archive);
    console.log(
      [
        ...describe(manifest),
        `  dapat dipulihkan oleh versi ini / restorable by this version${migrationsAfter.length ? `; lalu migrasi / then migrations ${migrationsAfter.join(', ')}` : ''}`,
      ].join('\n'),
    );
    return;
  }
  const { db, filesDir } = storageConfig();
  console.log(`Memulihkan / restoring ${archive} → ${describeDb(db)} + ${filesDir}`);
  const r = await restoreBackup({ archive, db, filesDir, force: args.values.force });
  console.log(
    [
      ...describe(r.manifest),
      ...(r.replaced.length
        ? [`  --force: isi sebelumnya dihapus / previous content erased (${r.replaced.join(', ')})`]
        : []),
      `Dipulihkan / restored: ${r.rows} baris / rows in ${r.tables.length} tabel / tables, ${r.filesWritten} berkas ditulis / files written${r.filesAlreadyPresent ? `, ${r.filesAlreadyPresent} sudah ada / already present` : ''}, ${(r.durationMs / 1000).toFixed(1)} s`,
      ...countLines(r.tables, '    '),
      `  migrasi setelahnya / migrations applied after: ${r.migrationsAfter.length ? r.migrationsAfter.join(', ') : '-'}`,
    ].join('\n'),
  );
}

main().catch((e) => fail('Pemulihan gagal / restore failed', e));
