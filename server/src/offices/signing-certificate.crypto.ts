import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

/**
 * Office signing certificates (PKCS#12): opening and checking a .p12/.pfx, and keeping its passphrase encrypted at
 * rest with AES-256-GCM under a key derived (HKDF-SHA256) from the app's JWT secret. Pure functions, no Nest.
 */

const KEY_INFO = 'lentera:signing-certificate-passphrase:v1';
const VERSION = 'v1';

function passphraseKey(secret: string): Buffer {
  if (!secret) throw new Error('no secret to derive the passphrase key from');
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), KEY_INFO, 32));
}

/** "v1:" + base64(iv ‖ tag ‖ ciphertext); the office id is bound as associated data, so a row cannot be moved to another office. */
export function encryptPassphrase(passphrase: string, secret: string, officeId: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', passphraseKey(secret), iv);
  cipher.setAAD(Buffer.from(`office:${officeId}`, 'utf8'));
  const ct = Buffer.concat([cipher.update(passphrase, 'utf8'), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64')}`;
}

/** Throws when the secret changed, the office differs or the value was tampered with. */
export function decryptPassphrase(stored: string, secret: string, officeId: number): string {
  const [version, body] = stored.split(':', 2);
  if (version !== VERSION || !body) throw new Error('unknown passphrase encoding');
  const raw = Buffer.from(body, 'base64');
  if (raw.length < 28) throw new Error('passphrase ciphertext too short');
  const decipher = createDecipheriv('aes-256-gcm', passphraseKey(secret), raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(`office:${officeId}`, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
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
