import { Entity, Index } from 'typeorm';
import { Col } from '../common/columns';

export interface DocumentSigner {
  role: string;
  name: string;
  position: string | null;
  signedAt: string;
  /** with their own account in Lentera, or in ink on paper (a scan uploaded by the office: `signedAt` is the upload) */
  method?: 'electronic' | 'wet';
}

/** Every issued PDF is registered: its number, verification code and the SHA-256 of its bytes. */
@Entity('documents')
@Index('UQ_documents_code', ['verificationCode'], { unique: true })
@Index('IDX_documents_office_type', ['officeId', 'type', 'createdAt'])
@Index('IDX_documents_subject', ['officeId', 'subjectKey'])
@Index('IDX_documents_sha256', ['sha256'])
export class DocumentRecord {
  @Col.id() id: number;
  @Col.int() officeId: number;
  @Col.varchar(40) type: string;
  @Col.varchar(100) number: string;
  @Col.varchar(300) title: string;
  @Col.varchar(32) verificationCode: string;
  @Col.varchar(64, { nullable: true }) sha256: string | null;
  /** what the document is about and a hash of its content: printing the same thing again returns the same document */
  @Col.varchar(120, { nullable: true }) subjectKey: string | null;
  /** the issued bytes, kept in the file store: a document is never regenerated */
  @Col.varchar(100, { nullable: true }) storageKey: string | null;
  /** who signed the document and when (monthly and annual reports), shown on the public verification page */
  @Col.json({ nullable: true }) signers: DocumentSigner[] | null;
  /** a later document that replaces this one (a new edition of a ratified report); shown on the verification page */
  @Col.int({ nullable: true }) supersededById: number | null;
  @Col.int({ nullable: true }) createdById: number | null;
  @Col.instant() createdAt: Date;
}

/** Gap-free counters per office, name and year (registration and document numbers). */
@Entity('sequences')
export class SequenceCounter {
  @Col.int({ primary: true }) officeId: number;
  @Col.varchar(40, { primary: true }) name: string;
  @Col.int({ primary: true }) year: number;
  @Col.int() value: number;
}
