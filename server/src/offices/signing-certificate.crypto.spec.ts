import { decryptPassphrase, encryptPassphrase, openP12, P12Problem } from './signing-certificate.crypto';

describe('signing certificate passphrase at rest (AES-256-GCM, key from the JWT secret)', () => {
  const secret = 'test-secret-test-secret-test-secret-1234';

  it('round-trips any passphrase, with a fresh IV each time', () => {
    for (const pass of ['', 'rahasia', 'kata sandi panjang dengan spasi dan ümlaut — 🔐', 'x'.repeat(256)]) {
      const a = encryptPassphrase(pass, secret, 4);
      const b = encryptPassphrase(pass, secret, 4);
      expect(a).toMatch(/^v1:[A-Za-z0-9+/=]+$/);
      expect(a).not.toBe(b);
      if (pass) expect(a).not.toContain(pass);
      expect(decryptPassphrase(a, secret, 4)).toBe(pass);
      expect(decryptPassphrase(b, secret, 4)).toBe(pass);
    }
  });

  it('refuses another secret, another office, a changed byte and an unknown format', () => {
    const enc = encryptPassphrase('rahasia', secret, 4);
    expect(() => decryptPassphrase(enc, `${secret}-rotated`, 4)).toThrow();
    expect(() => decryptPassphrase(enc, secret, 5)).toThrow();
    const raw = Buffer.from(enc.slice(3), 'base64');
    raw[raw.length - 1] ^= 0x01;
    expect(() => decryptPassphrase(`v1:${raw.toString('base64')}`, secret, 4)).toThrow();
    expect(() => decryptPassphrase('v0:AAAA', secret, 4)).toThrow();
    expect(() => encryptPassphrase('x', '', 4)).toThrow();
  });

  it('names the file field for bytes that are not a PKCS#12', () => {
    try {
      openP12(Buffer.from('bukan sertifikat'), 'x', new Date());
      throw new Error('expected a P12Problem');
    } catch (e) {
      expect(e).toBeInstanceOf(P12Problem);
      expect((e as P12Problem).field).toBe('file');
    }
  });
});
