import { Inject, Injectable, Logger } from '@nestjs/common';
import { Db } from '../common/db';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import signpdf from '@signpdf/signpdf';
import { DEFAULT_SIGNATURE_LENGTH } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
import { Clock } from '../common/clock';
import { Errors } from '../common/errors';
import { FileStore } from '../common/file-store';
import { msg } from '../common/i18n';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Office } from '../offices/office.entity';
import { decryptPassphrase, openP12, P12Problem } from '../offices/signing-certificate.crypto';
import { SigningCertificate } from '../offices/signing-certificate.entity';

/**
 * Signs an issued PDF with its office's PKCS#12 certificate (PKCS#7 detached, adbe.pkcs7.detached, SHA-256), so
 * PDF readers can show who signed and that nothing changed since. An abstract class so tests can replace it.
 */
export abstract class PdfSigner {
  /** The PDF unchanged when the office has no certificate; otherwise the signed PDF (a new byte string). */
  abstract sign(pdf: Buffer, officeId: number, reason: string, signerName: string): Promise<Buffer>;
}

/**
 * The placeholder writes these as PDF literal strings byte for byte, unescaped: keep them printable ASCII (accents
 * dropped) and escape the characters that end or escape a literal string.
 */
export function pdfLiteral(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '?')
    .slice(0, 200)
    .replace(/[\\()]/g, (c) => `\\${c}`);
}

@Injectable()
export class P12PdfSigner extends PdfSigner {
  private readonly log = new Logger('PdfSigner');

  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async sign(pdf: Buffer, officeId: number, reason: string, signerName: string): Promise<Buffer> {
    const row = await this.db.repo(SigningCertificate).findOneBy({ officeId });
    if (!row) return pdf;
    const office = await this.db.repo(Office).findOneByOrFail({ id: officeId });
    const now = this.clock.now();
    let passphrase: string;
    try {
      passphrase = decryptPassphrase(row.passphraseEnc, this.config.keyEncryption, officeId);
    } catch (e) {
      this.log.error(
        `office ${officeId}: the signing certificate's passphrase cannot be decrypted (KEY_ENCRYPTION_KEY changed without npm run rotate-kek?): ${(e as Error).message}`,
      );
      throw Errors.conflict(
        msg(
          'Kata sandi sertifikat penandatanganan kantor tidak dapat dibuka (kunci server berubah); admin kantor perlu mengunggah ulang sertifikatnya',
          "The office signing certificate's passphrase cannot be opened (the server key changed); the office admin needs to upload the certificate again",
        ),
      );
    }
    const p12 = await this.files.get(row.storageKey);
    let certificatesDerBytes: number;
    try {
      certificatesDerBytes = openP12(p12, passphrase, now).certificatesDerBytes;
    } catch (e) {
      if (!(e instanceof P12Problem)) throw e;
      throw Errors.conflict(
        msg(
          `Sertifikat penandatanganan kantor tidak dapat dipakai: ${e.id}; admin kantor perlu mengunggah sertifikat baru`,
          `The office signing certificate cannot be used: ${e.en}; the office admin needs to upload a new one`,
        ),
      );
    }
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    pdflibAddPlaceholder({
      pdfDoc: doc,
      reason: pdfLiteral(reason),
      name: pdfLiteral(signerName),
      location: pdfLiteral(office.city ?? office.name),
      contactInfo: pdfLiteral(office.email ?? office.name),
      signingTime: now,
      // the PKCS#7 carries every certificate of the file plus the signed attributes and the RSA signature
      signatureLength: Math.max(DEFAULT_SIGNATURE_LENGTH, certificatesDerBytes + 4096),
      appName: 'Lentera',
    });
    const withPlaceholder = Buffer.from(await doc.save({ useObjectStreams: false, updateFieldAppearances: false }));
    return signpdf.sign(withPlaceholder, new P12Signer(p12, { passphrase }), now);
  }
}
