import { Entity, Index } from 'typeorm';
import { Col } from '../common/columns';

/**
 * An office's PKCS#12 signing certificate (one per office): the .p12 bytes in the file store, the passphrase
 * AES-256-GCM encrypted (see signing-certificate.crypto.ts), and what the certificate says, for display.
 */
@Entity('signing_certificates')
@Index('UQ_signing_certificates_office', ['officeId'], { unique: true })
export class SigningCertificate {
  @Col.id() id: number;
  @Col.int() officeId: number;
  /** the .p12 bytes in the FileStore */
  @Col.varchar(100) storageKey: string;
  /** "v1:" + base64(iv ‖ tag ‖ ciphertext); never returned by the API, never audited */
  @Col.text() passphraseEnc: string;
  @Col.varchar(200, { nullable: true }) subjectCommonName: string | null;
  @Col.varchar(500) subject: string;
  @Col.varchar(500) issuer: string;
  @Col.varchar(100) serialNumber: string;
  @Col.varchar(64) fingerprintSha256: string;
  @Col.instant() validFrom: Date;
  @Col.instant() validTo: Date;
  @Col.int({ nullable: true }) uploadedById: number | null;
  @Col.instant() uploadedAt: Date;
}
