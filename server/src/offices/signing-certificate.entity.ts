import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An office's PKCS#12 signing certificate (one per office): the .p12 bytes in the file store, the passphrase
 * AES-256-GCM encrypted (see signing-certificate.crypto.ts), and what the certificate says, for display.
 */
@Entity('signing_certificates')
@Index('UQ_signing_certificates_office', ['officeId'], { unique: true })
export class SigningCertificate {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  officeId: number;

  /** the .p12 bytes in the FileStore */
  @Column({ type: 'varchar', length: 100 })
  storageKey: string;

  /** "v1:" + base64(iv ‖ tag ‖ ciphertext); never returned by the API, never audited */
  @Column({ type: 'text' })
  passphraseEnc: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  subjectCommonName: string | null;

  @Column({ type: 'varchar', length: 500 })
  subject: string;

  @Column({ type: 'varchar', length: 500 })
  issuer: string;

  @Column({ type: 'varchar', length: 100 })
  serialNumber: string;

  @Column({ type: 'varchar', length: 64 })
  fingerprintSha256: string;

  @Column({ type: 'datetime' })
  validFrom: Date;

  @Column({ type: 'datetime' })
  validTo: Date;

  @Column({ type: 'int', nullable: true })
  uploadedById: number | null;

  @Column({ type: 'datetime' })
  uploadedAt: Date;
}
