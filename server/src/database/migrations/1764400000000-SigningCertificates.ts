import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../migration-helpers';

/** An office's PKCS#12 certificate for signing its official PDFs (monthly reports). */
export class SigningCertificates1764400000000 implements MigrationInterface {
  name = 'SigningCertificates1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'signing_certificates',
        columns: [
          col.id(),
          col.int('officeId'),
          col.varchar('storageKey', 100),
          col.text('passphraseEnc'),
          col.varchar('subjectCommonName', 200, { nullable: true }),
          col.varchar('subject', 500),
          col.varchar('issuer', 500),
          col.varchar('serialNumber', 100),
          col.varchar('fingerprintSha256', 64),
          col.datetime('validFrom'),
          col.datetime('validTo'),
          col.int('uploadedById', { nullable: true }),
          col.datetime('uploadedAt'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_signing_certificates_office', columnNames: ['officeId'], isUnique: true }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('signing_certificates');
  }
}
