import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

/**
 * Office signing certificates (PKCS#12): opening and checking a .p12/.pfx, and keeping its passphrase encrypted at
 * rest with AES-256-GCM under a key derived (HKDF-SHA256) from the key-encryption key KEY_ENCRYPTION_KEY — a secret
 * of its own, so that rotating the JWT secret does not lose the passphrases, and rotating this key is one command
 * (`npm run rotate-kek`, see signing-certificate.rotation.ts). Pure functions, no Nest.
 *
 * Stored form: `v2:<key id>:<base64(iv ‖ tag ‖ ciphertext)>`; the key id (12 hex digits, derived from the key by HKDF,
 * so it reveals nothing of it) says which key opens the value. Values written before KEY_ENCRYPTION_KEY existed are
 * `v1:<base64>` under a key derived from JWT_SECRET; they are still read and are re-encrypted under the current key at
 * start-up (or by the rotation command).
 */

const KEY_INFO_V1 = 'lentera:signing-certificate-passphrase:v1';
const KEY_INFO_V2 = 'lentera:signing-certificate-passphrase:v2';
const KEY_ID_INFO = 'lentera:key-encryption-key-id:v2';

/** The keys that may open stored passphrases: the current key (which also encrypts), older keys, the v1 secret. */
export interface KeyRing {
  /** KEY_ENCRYPTION_KEY: encrypts new values, opens values under its key id */
  current: string;
  /** KEY_ENCRYPTION_KEY_PREVIOUS: still opens values under its key id (during a rotation) */
  previous?: string[];
  /** JWT_SECRET: opens values written before KEY_ENCRYPTION_KEY (v1) */
  legacy?: string;
}

function derive(secret: string, info: string, length: number): Buffer {
  if (!secret) throw new Error('no secret to derive the passphrase key from');
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), info, length));
}

/** The public name of a key-encryption key, stored beside each value it encrypted. */
export function keyId(kek: string): string {
  return derive(kek, KEY_ID_INFO, 6).toString('hex');
}

function seal(passphrase: string, key: Buffer, officeId: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`office:${officeId}`, 'utf8'));
  const ct = Buffer.concat([cipher.update(passphrase, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64');
}

function open(body: string, key: Buffer, officeId: number): string {
  const raw = Buffer.from(body, 'base64');
  if (raw.length < 28) throw new Error('passphrase ciphertext too short');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(`office:${officeId}`, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/**
 * `v2:<key id>:<base64>` under the key-encryption key; the office id is bound as associated data, so a row cannot be
 * moved to another office.
 */
export function encryptPassphrase(passphrase: string, kek: string, officeId: number): string {
  return `v2:${keyId(kek)}:${seal(passphrase, derive(kek, KEY_INFO_V2, 32), officeId)}`;
}

/** The v1 form (key from JWT_SECRET), as written before KEY_ENCRYPTION_KEY: only for tests of the upgrade. */
export function encryptPassphraseV1(passphrase: string, jwtSecret: string, officeId: number): string {
  return `v1:${seal(passphrase, derive(jwtSecret, KEY_INFO_V1, 32), officeId)}`;
}

/** Which key a stored value is under: a key id, `v1` (JWT_SECRET), or null for an unknown form. */
export function storedKeyId(stored: string): string | null {
  if (/^v1:[A-Za-z0-9+/=]+$/.test(stored)) return 'v1';
  const m = /^v2:([0-9a-f]{12}):[A-Za-z0-9+/=]+$/.exec(stored);
  return m ? m[1] : null;
}

export class PassphraseKeyMissing extends Error {}

/**
 * Opens a stored value with the key its id names (a bare string is the ring's current key). Throws when no key of
 * the ring has that id (PassphraseKeyMissing), the key changed, the office differs or the value was tampered with.
 */
export function decryptPassphrase(stored: string, keys: KeyRing | string, officeId: number): string {
  const ring: KeyRing = typeof keys === 'string' ? { current: keys } : keys;
  const id = storedKeyId(stored);
  if (!id) throw new Error('unknown passphrase encoding');
  if (id === 'v1') {
    if (!ring.legacy) throw new PassphraseKeyMissing('a v1 value needs the JWT_SECRET it was written under');
    return open(stored.slice(3), derive(ring.legacy, KEY_INFO_V1, 32), officeId);
  }
  const kek = [ring.current, ...(ring.previous ?? [])].find((k) => k && keyId(k) === id);
  if (!kek) throw new PassphraseKeyMissing(`no configured key-encryption key has the id ${id}`);
  return open(stored.slice(3 + 12 + 1), derive(kek, KEY_INFO_V2, 32), officeId);
}

export interface CertificateSummary {
  subjectCommonName: string | null;
  subject: string;
  issuer: string;
  serialNumber: string;
  validFrom: Date;
  validTo: Date;
  /** SHA-256 of the certificate's DER, lowercase hex */
  fingerprintSha256: string;
}

export class P12Problem extends Error {
  constructor(
    readonly field: 'file' | 'passphrase',
    readonly id: string,
    readonly en: string,
  ) {
    super(en);
  }
}

function dn(attrs: forge.pki.CertificateField[]): string {
  return attrs.map((a) => `${a.shortName ?? a.name ?? a.type}=${String(a.value)}`).join(', ');
}

export function summarize(cert: forge.pki.Certificate): CertificateSummary {
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  const cn = cert.subject.getField('CN');
  return {
    subjectCommonName: cn ? String(cn.value) : null,
    subject: dn(cert.subject.attributes),
    issuer: dn(cert.issuer.attributes),
    serialNumber: cert.serialNumber,
    validFrom: cert.validity.notBefore,
    validTo: cert.validity.notAfter,
    fingerprintSha256: createHash('sha256').update(der).digest('hex'),
  };
}

export interface OpenedP12 {
  certificate: forge.pki.Certificate;
  /** every certificate in the file (the signer's and any chain), DER-encoded total size: sizes the signature placeholder */
  certificatesDerBytes: number;
  summary: CertificateSummary;
}

/**
 * Opens a PKCS#12 the way the signer will (@signpdf/signer-p12: an encrypted PKCS#8 RSA key and the certificate
 * whose public key matches it) and checks that the certificate is valid at `now`. Throws P12Problem naming the field.
 */
export function openP12(bytes: Buffer, passphrase: string, now: Date): OpenedP12 {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(bytes.toString('binary')));
  } catch {
    throw new P12Problem(
      'file',
      'berkas bukan sertifikat PKCS#12 (.p12/.pfx)',
      'the file is not a PKCS#12 certificate (.p12/.pfx)',
    );
  }
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  } catch (e) {
    if (/password|mac/i.test(String((e as Error)?.message)))
      throw new P12Problem('passphrase', 'kata sandi sertifikat salah', 'wrong passphrase for the certificate');
    throw new P12Problem(
      'file',
      'berkas bukan sertifikat PKCS#12 (.p12/.pfx) yang dapat dibuka',
      'the file is not a PKCS#12 certificate (.p12/.pfx) that can be opened',
    );
  }
  let keys: forge.pkcs12.Bag[];
  let certs: forge.pkcs12.Bag[];
  try {
    keys = p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? [];
    certs = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  } catch {
    throw new P12Problem('passphrase', 'kata sandi sertifikat salah', 'wrong passphrase for the certificate');
  }
  const key = keys[0]?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key)
    throw new P12Problem(
      'file',
      'berkas tidak berisi kunci privat (atau kata sandinya salah)',
      'the file holds no private key (or the passphrase is wrong)',
    );
  if (!key.n || !key.e) throw new P12Problem('file', 'kunci privat harus RSA', 'the private key must be RSA');
  const withCert = certs.filter((b) => b.cert);
  if (!withCert.length) throw new P12Problem('file', 'berkas tidak berisi sertifikat', 'the file holds no certificate');
  const certificate = withCert
    .map((b) => b.cert!)
    .find((c) => {
      const pub = c.publicKey as forge.pki.rsa.PublicKey;
      return pub?.n && pub.n.compareTo(key.n) === 0 && pub.e.compareTo(key.e) === 0;
    });
  if (!certificate)
    throw new P12Problem(
      'file',
      'tidak ada sertifikat yang cocok dengan kunci privat',
      'no certificate matches the private key',
    );
  const summary = summarize(certificate);
  if (summary.validTo.getTime() <= now.getTime())
    throw new P12Problem(
      'file',
      `sertifikat sudah kedaluwarsa (berlaku sampai ${summary.validTo.toISOString().slice(0, 10)})`,
      `the certificate has expired (valid until ${summary.validTo.toISOString().slice(0, 10)})`,
    );
  if (summary.validFrom.getTime() > now.getTime())
    throw new P12Problem(
      'file',
      `sertifikat belum berlaku (mulai ${summary.validFrom.toISOString().slice(0, 10)})`,
      `the certificate is not valid yet (from ${summary.validFrom.toISOString().slice(0, 10)})`,
    );
  const certificatesDerBytes = withCert.reduce(
    (n, b) => n + forge.asn1.toDer(forge.pki.certificateToAsn1(b.cert!)).length(),
    0,
  );
  return { certificate, certificatesDerBytes, summary };
}
