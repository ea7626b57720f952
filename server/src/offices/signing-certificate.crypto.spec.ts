import {
  decryptPassphrase,
  encryptPassphrase,
  encryptPassphraseV1,
  keyId,
  openP12,
  P12Problem,
  PassphraseKeyMissing,
  storedKeyId,
} from './signing-certificate.crypto';

describe('signing certificate passphrase at rest (AES-256-GCM, key from KEY_ENCRYPTION_KEY)', () => {
  const kek = 'test-kek-test-kek-test-kek-test-kek-1234';
  const jwt = 'test-secret-test-secret-test-secret-1234';

  it('round-trips any passphrase, with a fresh IV each time, and names its key', () => {
    for (const pass of ['', 'rahasia', 'kata sandi panjang dengan spasi dan ümlaut — 🔐', 'x'.repeat(256)]) {
      const a = encryptPassphrase(pass, kek, 4);
      const b = encryptPassphrase(pass, kek, 4);
      expect(a).toMatch(/^v2:[0-9a-f]{12}:[A-Za-z0-9+/=]+$/);
      expect(storedKeyId(a)).toBe(keyId(kek));
      expect(a).not.toBe(b);
      if (pass) expect(a).not.toContain(pass);
      expect(decryptPassphrase(a, kek, 4)).toBe(pass);
      expect(decryptPassphrase(b, { current: kek }, 4)).toBe(pass);
    }
  });

  it('the key id is stable, differs per key and reveals nothing of the key', () => {
    expect(keyId(kek)).toBe(keyId(kek));
    expect(keyId(kek)).not.toBe(keyId(`${kek}x`));
    expect(keyId(kek)).toMatch(/^[0-9a-f]{12}$/);
    expect(kek).not.toContain(keyId(kek));
  });

  it('refuses another key, another office, a changed byte and an unknown format', () => {
    const enc = encryptPassphrase('rahasia', kek, 4);
    expect(() => decryptPassphrase(enc, `${kek}-rotated`, 4)).toThrow(PassphraseKeyMissing);
    expect(() => decryptPassphrase(enc, kek, 5)).toThrow();
    const [v, id, body] = enc.split(':');
    const raw = Buffer.from(body, 'base64');
    raw[raw.length - 1] ^= 0x01;
    expect(() => decryptPassphrase(`${v}:${id}:${raw.toString('base64')}`, kek, 4)).toThrow();
    expect(() => decryptPassphrase('v0:AAAA', kek, 4)).toThrow();
    expect(() => encryptPassphrase('x', '', 4)).toThrow();
  });

  it('opens values under a previous key during a rotation, and the v1 form (JWT_SECRET) with the legacy secret', () => {
    const old = encryptPassphrase('lama', 'old-kek-old-kek-old-kek-old-kek-old-kek', 7);
    expect(() => decryptPassphrase(old, { current: kek }, 7)).toThrow(PassphraseKeyMissing);
    expect(decryptPassphrase(old, { current: kek, previous: ['old-kek-old-kek-old-kek-old-kek-old-kek'] }, 7)).toBe(
      'lama',
    );
    const v1 = encryptPassphraseV1('warisan', jwt, 7);
    expect(v1).toMatch(/^v1:/);
    expect(storedKeyId(v1)).toBe('v1');
    expect(() => decryptPassphrase(v1, { current: kek }, 7)).toThrow(PassphraseKeyMissing);
    expect(decryptPassphrase(v1, { current: kek, legacy: jwt }, 7)).toBe('warisan');
    expect(() => decryptPassphrase(v1, { current: kek, legacy: `${jwt}x` }, 7)).toThrow();
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
