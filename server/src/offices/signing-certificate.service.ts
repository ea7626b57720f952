import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { AuditService } from '../audit/audit.service';
import type { UploadedFile } from '../attachments/attachments.service';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Errors } from '../common/errors';
import { FileStore } from '../common/file-store';
import { msg } from '../common/i18n';
import { Nullable, Prop } from '../common/api-views';
import { APP_CONFIG, AppConfig } from '../config/config';
import { OfficesService } from './offices.service';
import { CertificateSummary, encryptPassphrase, openP12, P12Problem } from './signing-certificate.crypto';
import { SigningCertificate } from './signing-certificate.entity';

const CERTIFICATE = msg('Sertifikat penandatanganan kantor ini', "This office's signing certificate");
const MAX_P12_BYTES = 64 * 1024;
const MAX_PASSPHRASE = 256;

/** What the API shows of a certificate: never the key, the passphrase or the file. */
export class SigningCertificateView implements CertificateSummary {
  @Prop(Number) officeId: number;
  @Nullable(String) subjectCommonName: string | null;
  @Prop(String) subject: string;
  @Prop(String) issuer: string;
  @Prop(String) serialNumber: string;
  @Prop(Date) validFrom: Date;
  @Prop(Date) validTo: Date;
  /** SHA-256 of the certificate's DER, lowercase hex */
  @Prop(String) fingerprintSha256: string;
  @Nullable(Number) uploadedById: number | null;
  @Prop(Date) uploadedAt: Date;
}

const view = (c: SigningCertificate): SigningCertificateView => ({
  officeId: c.officeId,
  subjectCommonName: c.subjectCommonName,
  subject: c.subject,
  issuer: c.issuer,
  serialNumber: c.serialNumber,
  validFrom: c.validFrom,
  validTo: c.validTo,
  fingerprintSha256: c.fingerprintSha256,
  uploadedById: c.uploadedById,
  uploadedAt: c.uploadedAt,
});

/** An office admin uploads, reads and removes the office's PKCS#12 signing certificate (own office only). */
@Injectable()
export class SigningCertificateService {
  constructor(
    private readonly db: Db,
    private readonly offices: OfficesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly files: FileStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(actor: AuthUser, officeId: number): Promise<SigningCertificateView> {
    await this.offices.get(actor, officeId);
    const row = await this.db.repo(SigningCertificate).findOneBy({ officeId });
    if (!row) throw Errors.notFound(CERTIFICATE);
    return view(row);
  }

  async upload(
    actor: AuthUser,
    officeId: number,
    file: UploadedFile | undefined,
    passphrase: unknown,
  ): Promise<SigningCertificateView> {
    await this.assertOwn(actor, officeId);
    if (!file || !file.buffer?.length)
      throw Errors.field(
        'file',
        'berkas sertifikat (.p12/.pfx) wajib dilampirkan',
        'a certificate file (.p12/.pfx) is required',
      );
    if (file.buffer.length > MAX_P12_BYTES)
      throw Errors.field('file', 'berkas sertifikat paling besar 64 KB', 'the certificate file may be at most 64 KB');
    if (passphrase !== undefined && typeof passphrase !== 'string')
      throw Errors.field('passphrase', 'kata sandi harus teks', 'passphrase must be text');
    const pass = passphrase ?? '';
    if (pass.length > MAX_PASSPHRASE)
      throw Errors.field(
        'passphrase',
        `kata sandi paling panjang ${MAX_PASSPHRASE} karakter`,
        `passphrase may be at most ${MAX_PASSPHRASE} characters`,
      );
    const now = this.clock.now();
    let summary;
    try {
      summary = openP12(file.buffer, pass, now).summary;
    } catch (e) {
      if (e instanceof P12Problem) throw Errors.field(e.field, e.id, e.en);
      throw e;
    }
    const storageKey = await this.files.put(file.buffer);
    const fields = {
      storageKey,
      passphraseEnc: encryptPassphrase(pass, this.config.keyEncryption.current, officeId),
      subjectCommonName: summary.subjectCommonName?.slice(0, 200) ?? null,
      subject: summary.subject.slice(0, 500),
      issuer: summary.issuer.slice(0, 500),
      serialNumber: summary.serialNumber.slice(0, 100),
      fingerprintSha256: summary.fingerprintSha256,
      validFrom: summary.validFrom,
      validTo: summary.validTo,
      uploadedById: actor.id,
      uploadedAt: now,
    };
    let previousKey: string | null = null;
    try {
      await this.audit.inTransaction(actor, async (m) => {
        const existing = await m.findOneBy(SigningCertificate, { officeId });
        previousKey = existing?.storageKey ?? null;
        if (existing) await m.update(SigningCertificate, { id: existing.id }, fields);
        else await m.insert(SigningCertificate, { officeId, ...fields });
        return {
          result: undefined,
          audit: {
            action: existing ? 'office.signing_certificate.replace' : 'office.signing_certificate.upload',
            entityType: 'office',
            entityId: officeId,
            officeId,
            // what the certificate is, never its key or passphrase
            changes: {
              subject: fields.subject,
              issuer: fields.issuer,
              serialNumber: fields.serialNumber,
              fingerprintSha256: fields.fingerprintSha256,
              validTo: fields.validTo.toISOString(),
              ...(existing ? { previousFingerprintSha256: existing.fingerprintSha256 } : {}),
            },
          },
        };
      });
    } catch (e) {
      await this.files.remove(storageKey);
      throw e;
    }
    if (previousKey) await this.files.remove(previousKey);
    return this.get(actor, officeId);
  }

  async remove(actor: AuthUser, officeId: number): Promise<void> {
    await this.assertOwn(actor, officeId);
    const storageKey = await this.audit.inTransaction(actor, async (m) => {
      const existing = await m.findOneBy(SigningCertificate, { officeId });
      if (!existing) throw Errors.notFound(CERTIFICATE);
      await m.delete(SigningCertificate, { id: existing.id });
      return {
        result: existing.storageKey,
        audit: {
          action: 'office.signing_certificate.remove',
          entityType: 'office',
          entityId: officeId,
          officeId,
          changes: { fingerprintSha256: existing.fingerprintSha256, subject: existing.subject },
        },
      };
    });
    await this.files.remove(storageKey);
  }

  /** 404 when the office is not visible; 403 when it is visible but not the actor's own. */
  private async assertOwn(actor: AuthUser, officeId: number): Promise<void> {
    await this.offices.get(actor, officeId);
    if (officeId !== actor.officeId)
      throw Errors.forbidden(
        msg(
          'Sertifikat penandatanganan hanya dapat diatur oleh kantornya sendiri',
          "A signing certificate can only be set by the office's own administrators",
        ),
      );
  }
}
