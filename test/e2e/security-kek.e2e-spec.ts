import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';
import { PdfSigner } from '../../server/src/documents/pdf-signer';
import {
  decryptPassphrase,
  encryptPassphrase,
  encryptPassphraseV1,
  keyId,
  storedKeyId,
} from '../../server/src/offices/signing-certificate.crypto';
import { rewrapPassphrases } from '../../server/src/offices/signing-certificate.rotation';
import { bearer } from '../support/fixtures';
import { ROOT, runCli, type CliRun } from '../support/spawn-server';
import { createTestApp, officeId, TestApp } from '../support/test-app';

const DIST = process.env.LENTERA_SERVER_MAIN
  ? path.dirname(process.env.LENTERA_SERVER_MAIN)
  : path.join(ROOT, 'server', 'dist');
const JWT = 'test-secret-test-secret-test-secret-1234';
const K1 = 'kek-one-kek-one-kek-one-kek-one-kek-one-1';
const K2 = 'kek-two-kek-two-kek-two-kek-two-kek-two-2';

/** A self-signed RSA certificate and key in a PKCS#12 (as an office exports it). */
function makeP12(passphrase: string, cn: string): Buffer {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(
    privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  ) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.rsa.setPublicKey(key.n, key.e);
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 5 * 365 * 86_400_000);
  const attrs = [{ shortName: 'CN', value: cn }];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.sign(key, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: 'aes256' });
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');
}

function rotateKek(env: Record<string, string>): Promise<CliRun> {
  return runCli('rotate-kek', [], { NODE_ENV: 'production', ...env });
}

describe('signing-certificate passphrases under KEY_ENCRYPTION_KEY, and its rotation (npm run rotate-kek)', () => {
  let t: TestApp;
  let lebak: number;
  let ri: number;
  const PASS_LBK = 'sandi-sertifikat-lebak';
  const PASS_RI = 'sandi-sertifikat-ri';

  const stored = async () =>
    new Map<number, string>(
      (await t.ds.query('SELECT officeId, passphraseEnc FROM signing_certificates ORDER BY officeId')).map(
        (r: { officeId: number; passphraseEnc: string }) => [Number(r.officeId), r.passphraseEnc],
      ),
    );
  const setStored = (office: number, value: string) =>
    t.ds.query('UPDATE signing_certificates SET passphraseEnc = ? WHERE officeId = ?', [value, office]);
  const samplePdf = async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawText('Lentera');
    return Buffer.from(await doc.save({ useObjectStreams: false }));
  };
  const signs = async (office: number) => {
    const pdf = await samplePdf();
    const signed = await t.app.get(PdfSigner).sign(pdf, office, 'uji', 'Penguji');
    return signed.toString('latin1').includes('/ByteRange');
  };

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, 'cli', 'rotate-kek.js')))
      throw new Error(`${DIST}/cli/rotate-kek.js is missing: run "npm run build" first (npm test does)`);
    t = await createTestApp({ env: { KEY_ENCRYPTION_KEY: K1, JWT_SECRET: JWT } });
    lebak = await officeId(t, 'KPU-LBK');
    ri = await officeId(t, 'KPU-RI');
    for (const [who, office, pass, cn] of [
      ['admin', lebak, PASS_LBK, 'PPID KPU Kabupaten Lebak'],
      ['admin.ri', ri, PASS_RI, 'PPID KPU RI'],
    ] as const)
      await t
        .http()
        .put(`/api/offices/${office}/signing-certificate`)
        .set(await bearer(t, who))
        .attach('file', makeP12(pass, cn), { filename: 'kantor.p12', contentType: 'application/x-pkcs12' })
        .field('passphrase', pass)
        .expect(200);
  }, 120_000);
  afterAll(async () => t?.close());

  it('stores the passphrase under KEY_ENCRYPTION_KEY with its key id, not under JWT_SECRET', async () => {
    const rows = await stored();
    for (const [office, pass] of [
      [lebak, PASS_LBK],
      [ri, PASS_RI],
    ] as const) {
      expect(storedKeyId(rows.get(office)!)).toBe(keyId(K1));
      expect(decryptPassphrase(rows.get(office)!, K1, office)).toBe(pass);
      expect(() => decryptPassphrase(rows.get(office)!, JWT, office)).toThrow();
    }
    expect(await signs(lebak)).toBe(true);
  });

  it('a database from before KEY_ENCRYPTION_KEY (v1, JWT_SECRET) keeps signing, and start-up moves it under the key', async () => {
    await setStored(ri, encryptPassphraseV1(PASS_RI, JWT, ri));
    // read as it is (the key ring carries JWT_SECRET as the legacy key)
    expect(await signs(ri)).toBe(true);
    // what the server does at start-up (server/src/main.ts), under the start-up lock
    const counts = await rewrapPassphrases(t.ds, t.config.keyEncryption, t.config.keyEncryption.current, 'legacy');
    expect(counts).toEqual({ total: 2, reencrypted: 1, fromV1: 1, alreadyCurrent: 1, unreadable: [] });
    const rows = await stored();
    expect(storedKeyId(rows.get(ri)!)).toBe(keyId(K1));
    expect(decryptPassphrase(rows.get(ri)!, K1, ri)).toBe(PASS_RI);
    expect(await signs(ri)).toBe(true);
    // again: nothing left to move
    expect(
      await rewrapPassphrases(t.ds, t.config.keyEncryption, t.config.keyEncryption.current, 'legacy'),
    ).toMatchObject({ reencrypted: 0, alreadyCurrent: 2 });
    // a v1 value that the configured JWT_SECRET does not open is left as it was and reported
    const foreign = encryptPassphraseV1(PASS_RI, 'another-jwt-secret-another-jwt-secret-00', ri);
    await setStored(ri, foreign);
    const left = await rewrapPassphrases(t.ds, t.config.keyEncryption, t.config.keyEncryption.current, 'legacy');
    expect(left).toMatchObject({ reencrypted: 0, unreadable: [ri] });
    expect((await stored()).get(ri)).toBe(foreign);
    await setStored(ri, encryptPassphrase(PASS_RI, K1, ri));
  });

  it('rotate-kek re-encrypts every passphrase under the new key in one transaction, prints counts, and is idempotent', async () => {
    const DB_URL = t.config.db.url;
    // a value still in the v1 form is moved too (JWT_SECRET opens it)
    await setStored(ri, encryptPassphraseV1(PASS_RI, JWT, ri));
    const first = await rotateKek({ DB_URL, OLD_KEY_ENCRYPTION_KEY: K1, NEW_KEY_ENCRYPTION_KEY: K2, JWT_SECRET: JWT });
    expect(first.out).toContain('Sertifikat tersimpan / stored certificates: 2');
    expect(first.out).toMatch(/dienkripsi ulang \/ re-encrypted: 2 \(1 dari format JWT_SECRET/);
    expect(first.out).toContain('sudah memakai kunci baru / already under the new key: 0');
    expect(first.code).toBe(0);
    expect(first.out).not.toContain(K1);
    expect(first.out).not.toContain(K2);
    let rows = await stored();
    expect(storedKeyId(rows.get(lebak)!)).toBe(keyId(K2));
    expect(decryptPassphrase(rows.get(lebak)!, K2, lebak)).toBe(PASS_LBK);
    expect(decryptPassphrase(rows.get(ri)!, K2, ri)).toBe(PASS_RI);

    const again = await rotateKek({ DB_URL, OLD_KEY_ENCRYPTION_KEY: K1, NEW_KEY_ENCRYPTION_KEY: K2 });
    expect(again.code).toBe(0);
    expect(again.out).toContain('dienkripsi ulang / re-encrypted: 0');
    expect(again.out).toContain('sudah memakai kunci baru / already under the new key: 2');
    expect(await stored()).toEqual(rows);

    // a server still on K1 cannot open them (409 naming the fix); with K2 as the current key it signs again
    const refused = await signs(lebak).catch((e: { getStatus: () => number }) => e);
    expect(typeof refused === 'object' && refused.getStatus()).toBe(409);
    const ring = t.config.keyEncryption;
    const saved = { ...ring };
    ring.current = K2;
    try {
      expect(await signs(lebak)).toBe(true);
    } finally {
      Object.assign(ring, saved);
    }

    // one value no given key opens: the run fails, names the office, and changes nothing
    await setStored(ri, encryptPassphrase(PASS_RI, 'kek-unknown-kek-unknown-kek-unknown-kek-u', ri));
    rows = await stored();
    const K3 = 'kek-three-kek-three-kek-three-kek-three-3';
    const failed = await rotateKek({ DB_URL, OLD_KEY_ENCRYPTION_KEY: K2, NEW_KEY_ENCRYPTION_KEY: K3 });
    expect(failed.code).toBe(1);
    expect(failed.out).toContain(`office ${ri}`);
    expect(failed.out).toContain('Tidak ada yang diubah / nothing was changed');
    expect(await stored()).toEqual(rows);

    // without a NEW key: usage, exit 2
    const usage = await rotateKek({ DB_URL, OLD_KEY_ENCRYPTION_KEY: K2 });
    expect(usage.code).toBe(2);
    expect(usage.out).toContain('NEW_KEY_ENCRYPTION_KEY');
  }, 120_000);
});
