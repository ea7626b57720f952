import { Nullable, Opt, Prop } from '../common/api-views';

/** An issued, registered document as the console sees it: its number, verification code and where to download it. */
export class IssuedDocumentView {
  @Prop(Number) id: number;
  @Prop(String) type: string;
  @Prop(String) number: string;
  @Prop(String) title: string;
  @Prop(String) verificationCode: string;
  @Prop(String) verifyUrl: string;
  @Prop(Date) issuedAt: Date;
  @Nullable(String) sha256: string | null;
  /** where the stored bytes are downloaded (a GET that reads, never issues) */
  @Prop(String) download: string;
  /** true when the same content had been issued before: the same document, not a new number (an issue only) */
  @Opt(Boolean) reprint?: boolean;
}

/** Who signed a document and when. */
export class DocumentSignerView {
  @Prop(String) role: string;
  @Prop(String) name: string;
  @Nullable(String) position: string | null;
  @Prop(String) signedAt: string;
  /** with their own account in Lentera, or in ink on paper */
  @Opt(String, { enum: ['electronic', 'wet'] }) method?: 'electronic' | 'wet';
}

/** The later document that replaces this one. */
export class SupersedingDocument {
  @Prop(String) number: string;
  @Prop(String) verificationCode: string;
  @Prop(Date) issuedAt: Date;
}

/** What the register says about a verification code (GET /documents/verify/:code, public). */
export class VerifiedDocumentView {
  @Prop(String) number: string;
  @Prop(String) title: string;
  @Prop(String) type: string;
  /** the issuing office's name */
  @Prop(String) office: string;
  @Prop(String) officeCode: string;
  @Prop(String) timeZone: string;
  @Prop(Date) issuedAt: Date;
  @Nullable(String) sha256: string | null;
  @Prop([DocumentSignerView]) signers: DocumentSignerView[];
  @Nullable(SupersedingDocument) supersededBy: SupersedingDocument | null;
}

/** Whether an uploaded file is the document registered under the code (POST /documents/verify/:code, public). */
export class HashMatchView {
  @Prop(Boolean) matches: boolean;
  /** the SHA-256 of the file sent */
  @Prop(String) sha256: string;
  @Nullable(String) registeredSha256: string | null;
}
