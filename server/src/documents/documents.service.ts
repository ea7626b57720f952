import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { createHash } from 'node:crypto';
import { randomCode } from '../common/codes';
import { FileStore } from '../common/file-store';
import { IsNull } from 'typeorm';
import { romanMonth } from '@lentera/reports';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { incrementSequence } from '../common/dialect';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { Office } from '../offices/office.entity';
import { DocumentRecord, DocumentSigner } from './document.entity';
import { HashMatchView, IssuedDocumentView, VerifiedDocumentView } from './document.view';
import { PdfSigner } from './pdf-signer';
import { PdfService } from './pdf.service';

export interface IssueMeta {
  number: string;
  verificationCode: string;
  verifyUrl: string;
  issuedAt: Date;
  /** a preview (DocumentsService.preview): not issued, no number, no verification code */
  draft?: boolean;
}

/** What a template prints in its verification box: the code and page, or null on a DRAF preview. */
export function verificationOf(meta: IssueMeta): { code: string; url: string } | null {
  return meta.draft ? null : { code: meta.verificationCode, url: meta.verifyUrl };
}

/** An issued document as the API answers it after an issue (POST) or in a list of a matter's documents. */
export { IssuedDocumentView };

export interface IssueRequest {
  office: Office;
  /** e.g. 'user-list'; also the sequence name */
  type: string;
  /** short code in the number, e.g. 'DPL' */
  numberCode: string;
  title: string;
  html: (meta: IssueMeta) => Promise<string>;
  landscape?: boolean;
  /**
   * What the document is about, with a hash of its content (see `subjectKey()`): printing the same content
   * again returns the document already issued — same number, same bytes — instead of a new one.
   */
  subjectKey?: string;
  /** who signed, and when: stored with the register row and shown on the public verification page */
  signers?: DocumentSigner[];
  /**
   * Sign the PDF cryptographically with the office's PKCS#12 certificate, when it has one (see PdfSigner). The
   * signature is applied before the SHA-256 is taken, so the stored bytes are the signed PDF.
   */
  sign?: { reason: string; signerName: string };
}

/** A subject key: a readable prefix and the SHA-256 of the content the document shows. */
export function subjectKey(prefix: string, content: unknown): string {
  return `${prefix}:${createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 32)}`.slice(0, 120);
}

/** `createdAt` of a register row whose render failed: its number is free for the next document (see `issue`). */
const RELEASED = new Date(0);

export function newVerificationCode(): string {
  return randomCode(3);
}

/** Year and month of an instant in the office's time zone. */
export function localYearMonth(at: Date, timeZone: string): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(at);
  return {
    year: Number(parts.find((p) => p.type === 'year')!.value),
    month: Number(parts.find((p) => p.type === 'month')!.value),
  };
}

/** What a verification shows of an issued document: its number and title, when and by whom, and what replaced it. */
export function issuedFacts(row: DocumentRecord, later: DocumentRecord | null) {
  return {
    number: row.number,
    title: row.title,
    issuedAt: row.createdAt,
    sha256: row.sha256,
    signers: row.signers ?? [],
    supersededBy: later
      ? { number: later.number, verificationCode: later.verificationCode, issuedAt: later.createdAt }
      : null,
  };
}

/**
 * Issues an official PDF: a gap-free number per office, type and year (e.g. 001/DPL/KPU-LBK/XI/2026),
 * a verification code, the register row and its audit row, then the rendered bytes and their SHA-256.
 */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly pdf: PdfService,
    private readonly clock: Clock,
    private readonly files: FileStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signer: PdfSigner,
  ) {}

  async issue(
    actor: AuthUser | null,
    req: IssueRequest,
  ): Promise<{ pdf: Buffer; record: DocumentRecord; reprint: boolean }> {
    if (req.subjectKey) {
      const existing = await this.db.repo(DocumentRecord).findOne({
        where: { officeId: req.office.id, type: req.type, subjectKey: req.subjectKey },
        order: { id: 'DESC' },
      });
      if (existing?.storageKey)
        return { pdf: await this.files.get(existing.storageKey), record: existing, reprint: true };
    }
    const issuedAt = this.clock.now();
    const { year, month } = localYearMonth(issuedAt, req.office.timeZone);
    const numberFor = (seq: number) =>
      `${String(seq).padStart(3, '0')}/${req.numberCode}/${req.office.code}/${romanMonth(month)}/${year}`;
    /** The issued row, and what the audit trail records of it. */
    const issued = (row: DocumentRecord, changes: { number: string; retry?: true }) => ({
      result: row,
      audit: {
        action: 'document.issue',
        entityType: 'document',
        entityId: row.id,
        officeId: req.office.id,
        changes: { type: req.type, ...changes },
      },
    });
    const record = await this.audit.inTransaction(actor, async (m) => {
      const fields = {
        title: req.title,
        verificationCode: newVerificationCode(),
        sha256: null,
        subjectKey: req.subjectKey ?? null,
        storageKey: null,
        signers: req.signers ?? null,
        createdById: actor?.id ?? null,
        createdAt: issuedAt,
      };
      // A number whose render failed (see below) is given to the next document of its type and year, so the
      // register has no number without a document. Claimed by its verification code: of two claimers one wins.
      const pending = await m
        .getRepository(DocumentRecord)
        .createQueryBuilder('d')
        .where(
          'd.officeId = :officeId AND d.type = :type AND d.storageKey IS NULL AND d.number LIKE :year AND d.createdAt < :cutoff',
          {
            officeId: req.office.id,
            type: req.type,
            year: `%/${year}`,
            cutoff: new Date(issuedAt.getTime() - this.leaseMs()),
          },
        )
        .orderBy('d.id', 'ASC')
        .getOne();
      if (pending) {
        const number = numberFor(parseInt(pending.number, 10));
        const claimed = await m.update(
          DocumentRecord,
          { id: pending.id, verificationCode: pending.verificationCode, storageKey: IsNull() },
          { ...fields, number },
        );
        if (claimed.affected === 1) {
          return issued(Object.assign(pending, fields, { number }), { number, retry: true });
        }
      }
      const seq = await incrementSequence(m, req.office.id, `doc:${req.type}`, year);
      const row = m.create(DocumentRecord, {
        officeId: req.office.id,
        type: req.type,
        number: numberFor(seq),
        ...fields,
      });
      await m.save(DocumentRecord, row);
      return issued(row, { number: row.number });
    });
    const claim = { id: record.id, verificationCode: record.verificationCode, storageKey: IsNull() };
    let pdf: Buffer;
    try {
      const html = await req.html({
        number: record.number,
        verificationCode: record.verificationCode,
        verifyUrl: this.verifyUrl(record.verificationCode),
        issuedAt,
      });
      const rendered = await this.pdf.render(html, { landscape: req.landscape });
      pdf = req.sign ? await this.signer.sign(rendered, req.office.id, req.sign.reason, req.sign.signerName) : rendered;
    } catch (e) {
      // No bytes: free the number at once for the retry (a crash here frees it after the lease instead).
      await this.db
        .repo(DocumentRecord)
        .update(claim, { createdAt: RELEASED })
        .catch(() => undefined);
      throw e;
    }
    record.sha256 = createHash('sha256').update(pdf).digest('hex');
    const storageKey = await this.files.put(pdf);
    const done = await this.db.repo(DocumentRecord).update(claim, { sha256: record.sha256, storageKey });
    if (done.affected !== 1) {
      // Only after a render slower than the lease: another issue took the number meanwhile.
      await this.files.remove(storageKey);
      throw Errors.conflict(
        msg(
          'Nomor dokumen ini sudah dipakai dokumen lain; silakan ulangi',
          'This document number was taken by another document; please retry',
        ),
      );
    }
    record.storageKey = storageKey;
    return { pdf, record, reprint: false };
  }

  /** The numbered document (issued: stored and registered), or its DRAF preview (nothing is written). */
  async issueOrPreview(
    actor: AuthUser,
    req: IssueRequest,
    mode: 'issue' | 'preview',
  ): Promise<{ pdf: Buffer; record: DocumentRecord | null }> {
    if (mode === 'preview') return { pdf: await this.preview(req), record: null };
    const { pdf, record } = await this.issue(actor, req);
    return { pdf, record };
  }

  /**
   * A preview of what `issue` would print, rendered now and handed back: marked DRAF on every page, without a number
   * and a verification code; no register row, no audit row, nothing stored. Reads may call it.
   */
  async preview(req: Pick<IssueRequest, 'html' | 'landscape'>): Promise<Buffer> {
    const html = await req.html({
      number: 'DRAF',
      verificationCode: '',
      verifyUrl: '',
      issuedAt: this.clock.now(),
      draft: true,
    });
    return this.pdf.render(html, { landscape: req.landscape });
  }

  /**
   * The latest document issued about a subject: the register row of `type` whose subject key starts with
   * `subjectPrefix` (a subject key is "<prefix>:<content hash>") and whose bytes are stored. A read: it writes nothing.
   */
  async latest(officeId: number, type: string, subjectPrefix: string): Promise<DocumentRecord | null> {
    return this.db
      .repo(DocumentRecord)
      .createQueryBuilder('d')
      .where('d.officeId = :officeId AND d.type = :type AND d.storageKey IS NOT NULL', { officeId, type })
      .andWhere('d.subjectKey LIKE :prefix', { prefix: `${subjectPrefix}:%` })
      .orderBy('d.id', 'DESC')
      .getOne();
  }

  /** Every issued document of a subject, newest first (see `latest`). */
  async issuedFor(officeId: number, subjectPrefixes: string[]): Promise<DocumentRecord[]> {
    if (!subjectPrefixes.length) return [];
    const qb = this.db
      .repo(DocumentRecord)
      .createQueryBuilder('d')
      .where('d.officeId = :officeId AND d.storageKey IS NOT NULL', { officeId });
    qb.andWhere(
      `(${subjectPrefixes.map((_p, i) => `d.subjectKey LIKE :p${i}`).join(' OR ')})`,
      Object.fromEntries(subjectPrefixes.map((p, i) => [`p${i}`, `${p}:%`])),
    );
    return qb.orderBy('d.id', 'DESC').getMany();
  }

  /** The stored bytes of an issued document (never re-rendered). */
  async bytes(record: DocumentRecord): Promise<Buffer> {
    if (!record.storageKey) throw Errors.notFound(msg('Berkas dokumen', 'The document file'));
    return this.files.get(record.storageKey);
  }

  view(record: DocumentRecord, download: string, reprint?: boolean): IssuedDocumentView {
    return {
      id: record.id,
      type: record.type,
      number: record.number,
      title: record.title,
      verificationCode: record.verificationCode,
      verifyUrl: this.verifyUrl(record.verificationCode),
      issuedAt: record.createdAt,
      sha256: record.sha256,
      download,
      ...(reprint === undefined ? {} : { reprint }),
    };
  }

  /** How long a numbered row without bytes belongs to the issue that is rendering it. */
  private leaseMs(): number {
    return this.pdf.budgetMs * 2 + 60_000;
  }

  verifyUrl(code: string): string {
    return `${this.config.publicUrl}/verifikasi/${encodeURIComponent(code)}`;
  }

  /** Public: what a verification code stands for, and who signed it (404 for a code that is not registered). */
  async verify(code: string): Promise<VerifiedDocumentView> {
    const { row, office, later } = await this.lookup(code);
    const { number, title, ...rest } = issuedFacts(row, later);
    return {
      number,
      title,
      type: row.type,
      office: office.name,
      officeCode: office.code,
      timeZone: office.timeZone,
      ...rest,
    };
  }

  /** The register row of a code, its issuing office (branding, time zone) and the document that replaced it. */
  async lookup(code: string): Promise<{ row: DocumentRecord; office: Office; later: DocumentRecord | null }> {
    const row = await this.findByCode(code);
    const office = await this.db.repo(Office).findOneOrFail({ where: { id: row.officeId } });
    const later = row.supersededById ? await this.db.repo(DocumentRecord).findOneBy({ id: row.supersededById }) : null;
    return { row, office, later };
  }

  /** Public: whether a file's SHA-256 (hashed while it streamed in) is that of the document registered under the code. */
  async matchesHash(code: string, sha256: string): Promise<HashMatchView> {
    const row = await this.findByCode(code);
    return { matches: row.sha256 !== null && row.sha256 === sha256, sha256, registeredSha256: row.sha256 };
  }

  private async findByCode(code: string): Promise<DocumentRecord> {
    const clean = String(code ?? '')
      .trim()
      .toUpperCase();
    const row = /^[0-9A-Z-]{1,32}$/.test(clean)
      ? await this.db.repo(DocumentRecord).findOne({ where: { verificationCode: clean } })
      : null;
    if (!row)
      throw Errors.notFound(msg('Dokumen dengan kode verifikasi ini', 'A document with this verification code'));
    return row;
  }
}
