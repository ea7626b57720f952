import { createHash, generateKeyPairSync, verify as verifySignature } from 'node:crypto';
import forge from 'node-forge';
import { bearer, register } from '../support/fixtures';
import { binaryParser, pdfText } from '../support/pdf';
import { createTestApp, officeId, TestApp } from '../support/test-app';

/** A self-signed RSA certificate and its key in a PKCS#12 (as an office would export it from its CA's token). */
function makeP12(opts: { passphrase: string; cn: string; from: Date; to: Date }) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(
    privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  ) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.rsa.setPublicKey(key.n, key.e);
  cert.serialNumber = '0a1b2c3d';
  cert.validity.notBefore = opts.from;
  cert.validity.notAfter = opts.to;
  const attrs = [
    { shortName: 'CN', value: opts.cn },
    { shortName: 'O', value: 'Komisi Pemilihan Umum' },
    { shortName: 'C', value: 'ID' },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(key, [cert], opts.passphrase, { algorithm: 'aes256' });
  const der = Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');
  const fingerprint = createHash('sha256')
    .update(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary'))
    .digest('hex');
  return { p12: der, fingerprint };
}

const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';

/** Checks a PDF's PKCS#7 detached signature the way a reader does; returns what it found. */
function verifyPdfSignature(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const m = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text);
  if (!m) throw new Error('no /ByteRange');
  const [a, b, c, d] = m.slice(1).map(Number);
  expect(a).toBe(0);
  expect(c + d).toBe(pdf.length);
  // the gap is exactly the hex string of /Contents: "<" hex ">"
  expect(pdf[b]).toBe(0x3c);
  expect(pdf[c - 1]).toBe(0x3e);
  const signed = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  const hex = pdf.subarray(b + 1, c - 1).toString('latin1');
  expect(hex).toMatch(/^[0-9a-fA-F]+$/);
  const der = Buffer.from(hex, 'hex');
  const asn1 = forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary')), {
    parseAllBytes: false,
  } as unknown as boolean);
  const p7 = forge.pkcs7.messageFromAsn1(asn1) as forge.pkcs7.PkcsSignedData;
  // ContentInfo → [0] → SignedData; its last element is the SET of SignerInfos
  const signedData = (asn1.value as forge.asn1.Asn1[])[1].value[0] as forge.asn1.Asn1;
  const signerInfos = (signedData.value as forge.asn1.Asn1[])[(signedData.value as forge.asn1.Asn1[]).length - 1];
  const signerInfo = (signerInfos.value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[];
  const signedAttrs = signerInfo.find((n) => n.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && n.type === 0)!;
  const signature = Buffer.from(signerInfo[signerInfo.length - 1].value as string, 'binary');
  let messageDigest: Buffer | null = null;
  for (const attr of signedAttrs.value as forge.asn1.Asn1[]) {
    const [oid, values] = attr.value as forge.asn1.Asn1[];
    if (forge.asn1.derToOid(oid.value as string) === OID_MESSAGE_DIGEST)
      messageDigest = Buffer.from((values.value as forge.asn1.Asn1[])[0].value as string, 'binary');
  }
  expect(messageDigest).not.toBeNull();
  const digestMatches = Buffer.compare(messageDigest!, createHash('sha256').update(signed).digest()) === 0;
  // the RSA signature covers the signed attributes, DER-encoded as a SET
  const attrsDer = Buffer.from(
    forge.asn1
      .toDer(
        forge.asn1.create(
          forge.asn1.Class.UNIVERSAL,
          forge.asn1.Type.SET,
          true,
          signedAttrs.value as forge.asn1.Asn1[],
        ),
      )
      .getBytes(),
    'binary',
  );
  const cert = p7.certificates[0];
  const certDer = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  const signatureValid = verifySignature('sha256', attrsDer, forge.pki.publicKeyToPem(cert.publicKey), signature);
  return {
    digestMatches,
    signatureValid,
    fingerprint: createHash('sha256').update(certDer).digest('hex'),
    signerCn: String(cert.subject.getField('CN')?.value),
    text,
  };
}

describe('PDF signing: an office PKCS#12 certificate signs the frozen monthly report', () => {
  let t: TestApp;
  const at = (day: string) => t.clock.set(new Date(`${day}T03:00:00Z`));
  const PASS = 'rahasia-kantor-lebak';
  let cert: ReturnType<typeof makeP12>;
  let lebak: number;

  async function finalReport(month: string): Promise<{ pdf: Buffer; code: string; sha256: string }> {
    const ppid = await bearer(t, 'ppid');
    const created = await t.http().post('/api/monthly-reports').set(ppid).send({ month }).expect(201);
    await t.http().post(`/api/monthly-reports/${created.body.id}/sign`).set(ppid).expect(200);
    const final = await t
      .http()
      .post(`/api/monthly-reports/${created.body.id}/countersign`)
      .set(await bearer(t, 'atasan'))
      .expect(200);
    const res = await t
      .http()
      .get(`/api/monthly-reports/${created.body.id}/report.pdf`)
      .set(ppid)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    return { pdf: res.body, code: final.body.document.verificationCode, sha256: final.body.sha256 };
  }

  const upload = (headers: Record<string, string>, office: number, file: Buffer, passphrase?: string) => {
    const req = t
      .http()
      .put(`/api/offices/${office}/signing-certificate`)
      .set(headers)
      .attach('file', file, { filename: 'kantor.p12', contentType: 'application/x-pkcs12' });
    return passphrase === undefined ? req : req.field('passphrase', passphrase);
  };

  beforeAll(async () => {
    t = await createTestApp();
    lebak = await officeId(t, 'KPU-LBK');
    cert = makeP12({
      passphrase: PASS,
      cn: 'PPID KPU Kabupaten Lebak',
      from: new Date('2025-01-01T00:00:00Z'),
      to: new Date('2031-01-01T00:00:00Z'),
    });
    at('2026-09-07');
    await register(t, { channel: 'email' });
    at('2026-10-05');
    const a = await register(t, { channel: 'email' });
    await register(t, { channel: 'in_person' });
    at('2026-10-07');
    await t
      .http()
      .post(`/api/requests/${a.id}/decide`)
      .set(await bearer(t, 'ppid'))
      .send({ decision: 'granted_full', form: 'softcopy', materialProvided: 'Salinan dokumen yang diminta (PDF)' })
      .expect(200);
    at('2026-11-05');
  });
  afterAll(async () => t?.close());

  it('without a certificate the monthly report PDF is not signed', async () => {
    await t
      .http()
      .get(`/api/offices/${lebak}/signing-certificate`)
      .set(await bearer(t, 'admin'))
      .expect(404);
    const { pdf } = await finalReport('2026-09');
    expect(pdf.toString('latin1')).not.toContain('/ByteRange');
  });

  it('validates the upload: the file, the passphrase, expiry, and who may set it', async () => {
    const garbage = await upload(await bearer(t, 'admin'), lebak, Buffer.from('ini bukan sertifikat'), PASS).expect(
      400,
    );
    expect(Object.keys(garbage.body.fields)).toEqual(['file']);
    const wrong = await upload(await bearer(t, 'admin'), lebak, cert.p12, 'salah').expect(400);
    expect(Object.keys(wrong.body.fields)).toEqual(['passphrase']);
    expect(wrong.body.fields.passphrase).toBe('kata sandi sertifikat salah');
    const wrongEn = await upload(await bearer(t, 'admin'), lebak, cert.p12, 'salah')
      .set('Accept-Language', 'en')
      .expect(400);
    expect(wrongEn.body.fields.passphrase).toBe('wrong passphrase for the certificate');
    const old = makeP12({
      passphrase: PASS,
      cn: 'Kedaluwarsa',
      from: new Date('2020-01-01T00:00:00Z'),
      to: new Date('2021-01-01T00:00:00Z'),
    });
    const expired = await upload(await bearer(t, 'admin'), lebak, old.p12, PASS).expect(400);
    expect(Object.keys(expired.body.fields)).toEqual(['file']);
    expect(expired.body.fields.file).toMatch(/kedaluwarsa/);
    const missing = await t
      .http()
      .put(`/api/offices/${lebak}/signing-certificate`)
      .set(await bearer(t, 'admin'))
      .field('passphrase', PASS)
      .expect(400);
    expect(Object.keys(missing.body.fields)).toEqual(['file']);
    // the national admin sees KPU-LBK but may not set its certificate; a role without office.update may not either
    await upload(await bearer(t, 'admin.ri'), lebak, cert.p12, PASS).expect(403);
    await upload(await bearer(t, 'ppid'), lebak, cert.p12, PASS).expect(403);
    // Lebak's admin: the parent office is visible (403), a sibling office is not (404)
    await upload(await bearer(t, 'admin'), await officeId(t, 'KPU-BTN'), cert.p12, PASS).expect(403);
    await upload(await bearer(t, 'admin'), await officeId(t, 'KPU-SRG'), cert.p12, PASS).expect(404);
    expect(Number((await t.ds.query('SELECT COUNT(*) AS n FROM signing_certificates'))[0].n)).toBe(0);
  });

  it('stores a valid certificate; shows what it is, never the key or passphrase; audits it', async () => {
    const res = await upload(await bearer(t, 'admin'), lebak, cert.p12, PASS).expect(200);
    expect(res.body).toMatchObject({
      officeId: lebak,
      subjectCommonName: 'PPID KPU Kabupaten Lebak',
      fingerprintSha256: cert.fingerprint,
      validTo: '2031-01-01T00:00:00.000Z',
    });
    expect(res.body.issuer).toContain('CN=PPID KPU Kabupaten Lebak');
    const body = JSON.stringify(res.body);
    expect(body).not.toContain(PASS);
    expect(body).not.toMatch(/passphrase|storageKey|PRIVATE KEY/i);
    const got = await t
      .http()
      .get(`/api/offices/${lebak}/signing-certificate`)
      .set(await bearer(t, 'ppid'))
      .expect(200);
    expect(got.body).toEqual(res.body);
    const rows = await t.ds.query(
      "SELECT action, changes FROM audit_logs WHERE action LIKE 'office.signing_certificate.%'",
    );
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['office.signing_certificate.upload']);
    expect(String(rows[0].changes)).toContain(cert.fingerprint);
    expect(String(rows[0].changes)).not.toContain(PASS);
    const stored = await t.ds.query('SELECT passphraseEnc FROM signing_certificates');
    expect(String(stored[0].passphraseEnc)).not.toContain(PASS);
  });

  it('signs the frozen monthly report: the signature verifies, the SHA-256 check still matches, the text is intact', async () => {
    const { pdf, code, sha256 } = await finalReport('2026-10');
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(sha256);
    const sig = verifyPdfSignature(pdf);
    expect(sig).toMatchObject({
      digestMatches: true,
      signatureValid: true,
      fingerprint: cert.fingerprint,
      signerCn: 'PPID KPU Kabupaten Lebak',
    });
    expect(sig.text).toContain('/SubFilter /adbe.pkcs7.detached');
    expect(sig.text).toContain('(Laporan bulanan pelayanan informasi publik)');
    expect(sig.text).toContain('(Dra. Hj. Euis Komalasari, M.Si.)');
    // a changed byte inside the signed range breaks the digest
    const tampered = Buffer.from(pdf);
    tampered[100] ^= 0x01;
    expect(verifyPdfSignature(tampered).digestMatches).toBe(false);
    const same = await t
      .http()
      .post(`/api/documents/verify/${code}`)
      .attach('file', pdf, { filename: 'laporan.pdf', contentType: 'application/pdf' })
      .expect(200);
    expect(same.body.matches).toBe(true);
    const text = await pdfText(pdf);
    expect(text).toMatch(/Permohonan informasi diterima\s*2/);
    expect(text).toMatch(/Dijawab dalam jangka waktu\s*1/);
    expect(text).toContain('Oktober 2026');
    expect(text).toContain(code);
  });

  it('other documents stay unsigned', async () => {
    const res = await t
      .http()
      .post(`/api/offices/${lebak}/users.pdf`)
      .set(await bearer(t, 'admin'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(res.body.toString('latin1')).not.toContain('/ByteRange');
  });

  it('removes the certificate (own office only), audited', async () => {
    await t
      .http()
      .delete(`/api/offices/${lebak}/signing-certificate`)
      .set(await bearer(t, 'admin.ri'))
      .expect(403);
    await t
      .http()
      .delete(`/api/offices/${lebak}/signing-certificate`)
      .set(await bearer(t, 'admin'))
      .expect(204);
    await t
      .http()
      .get(`/api/offices/${lebak}/signing-certificate`)
      .set(await bearer(t, 'admin'))
      .expect(404);
    await t
      .http()
      .delete(`/api/offices/${lebak}/signing-certificate`)
      .set(await bearer(t, 'admin'))
      .expect(404);
    const rows = await t.ds.query(
      "SELECT action FROM audit_logs WHERE action LIKE 'office.signing_certificate.%' ORDER BY id",
    );
    expect(rows.map((r: { action: string }) => r.action)).toEqual([
      'office.signing_certificate.upload',
      'office.signing_certificate.remove',
    ]);
  });
});
