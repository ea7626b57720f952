import 'reflect-metadata';
import { DEVELOPMENT_KEY_ENCRYPTION_KEY, loadConfig } from '../config/config';
import { describeDb, fail } from '../backup/cli-support';
import { connect } from '../database/bootstrap';
import { keyId } from '../offices/signing-certificate.crypto';
import { rewrapPassphrases, RotationError } from '../offices/signing-certificate.rotation';

const USAGE = `Pemakaian / usage:
  OLD_KEY_ENCRYPTION_KEY=<kunci lama / old key> NEW_KEY_ENCRYPTION_KEY=<kunci baru / new key> npm run rotate-kek

Mengenkripsi ulang setiap kata sandi sertifikat penandatanganan di DB_URL dengan kunci baru, dalam satu transaksi
(gagal satu, tidak ada yang berubah). Aman dijalankan ulang: nilai yang sudah memakai kunci baru dilewati.
Re-encrypts every stored signing-certificate passphrase in DB_URL under the new key, in one transaction (one failure
changes nothing). Safe to run again: values already under the new key are left alone.

  NEW_KEY_ENCRYPTION_KEY   wajib, minimal 32 karakter / required, at least 32 characters (openssl rand -hex 32)
  OLD_KEY_ENCRYPTION_KEY   kunci saat ini (boleh beberapa, dipisah koma) / the key(s) in use now, comma-separated;
                           kunci pengembangan bawaan / the development default: ${DEVELOPMENT_KEY_ENCRYPTION_KEY}
  JWT_SECRET               membuka nilai lama dari sebelum KEY_ENCRYPTION_KEY / opens values from before KEY_ENCRYPTION_KEY

Lalu jalankan server dengan KEY_ENCRYPTION_KEY=<kunci baru>. Tanpa jeda: jalankan server dulu dengan
KEY_ENCRYPTION_KEY=<baru> dan KEY_ENCRYPTION_KEY_PREVIOUS=<lama>, lalu perintah ini, lalu hapus _PREVIOUS.
Then run the servers with KEY_ENCRYPTION_KEY=<new key>. Without a gap: restart them with KEY_ENCRYPTION_KEY=<new>
and KEY_ENCRYPTION_KEY_PREVIOUS=<old> first, then run this, then drop _PREVIOUS.`;

async function main() {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const env = process.env;
  const next = env.NEW_KEY_ENCRYPTION_KEY ?? '';
  if (next.length < 32) {
    console.error(
      `NEW_KEY_ENCRYPTION_KEY wajib, minimal 32 karakter / is required, at least 32 characters\n\n${USAGE}`,
    );
    process.exit(2);
  }
  const old = (env.OLD_KEY_ENCRYPTION_KEY ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  // only the database matters here: no JWT or key checks of a server start-up
  const { db } = loadConfig({ ...env, NODE_ENV: 'development', DEMO_SEED: '0' });
  console.log(`Basis data / database: ${describeDb(db)}`);
  console.log(
    `Kunci baru / new key id: ${keyId(next)}${old.length ? `; lama / old: ${old.map(keyId).join(', ')}` : ''}`,
  );
  const ds = await connect(db);
  try {
    const counts = await rewrapPassphrases(
      ds,
      { current: old[0] ?? next, previous: old.slice(1), legacy: env.JWT_SECRET || undefined },
      next,
      'rotate',
    );
    console.log(
      [
        `Sertifikat tersimpan / stored certificates: ${counts.total}`,
        `  dienkripsi ulang / re-encrypted: ${counts.reencrypted}` +
          (counts.fromV1 ? ` (${counts.fromV1} dari format JWT_SECRET / from the JWT_SECRET form)` : ''),
        `  sudah memakai kunci baru / already under the new key: ${counts.alreadyCurrent}`,
        `Selesai. Jalankan server dengan KEY_ENCRYPTION_KEY=<kunci baru> / Done. Run the servers with KEY_ENCRYPTION_KEY=<new key>.`,
      ].join('\n'),
    );
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  if (e instanceof RotationError) {
    console.error(`Rotasi gagal / rotation failed: ${e.message}`);
    process.exit(1);
  }
  fail('Rotasi gagal / rotation failed', e);
});
