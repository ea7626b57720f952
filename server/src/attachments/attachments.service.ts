import { Prop } from '../common/api-views';
import { Access } from '../common/access';
import { Permission } from '../common/permissions';
import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { createHash } from 'node:crypto';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { Attachment, AttachmentOwner } from './attachment.entity';
import { FileStore } from '../common/file-store';
import { MAX_UPLOAD_BYTES, safeFileName, sniffMime } from '../common/file-type';

export interface UploadedFile {
  originalname?: string;
  mimetype?: string;
  size: number;
  buffer: Buffer;
}

/** An uploaded file, as the API lists it (the bytes come from its download route). */
export class AttachmentView {
  @Prop(Number) id: number;
  @Prop(String) kind: string;
  @Prop(String) originalName: string;
  @Prop(String) mime: string;
  @Prop(Number) size: number;
  @Prop(String) sha256: string;
  @Prop(Date) createdAt: Date;
}

export const toAttachmentView = (a: Attachment): AttachmentView => ({
  id: a.id,
  kind: a.kind,
  originalName: a.originalName,
  mime: a.mime,
  size: a.size,
  sha256: a.sha256,
  createdAt: a.createdAt,
});

@Injectable()
export class AttachmentsService {
  constructor(
    private readonly db: Db,
    private readonly access: Access,
    private readonly store: FileStore,
    private readonly clock: Clock,
  ) {}

  /** Checks type (by content) and size; a 4xx names the field "file". */
  validate(file: UploadedFile | undefined): { mime: string } {
    if (!file || !file.buffer?.length) throw Errors.field('file', 'berkas wajib dilampirkan', 'a file is required');
    if (file.size > MAX_UPLOAD_BYTES)
      throw Errors.field('file', 'berkas paling besar 5 MB', 'the file may be at most 5 MB', 413);
    const mime = sniffMime(file.buffer);
    if (!mime)
      throw Errors.field(
        'file',
        'hanya PDF, JPEG atau PNG yang diterima',
        'only PDF, JPEG or PNG files are accepted',
        415,
      );
    return { mime };
  }

  /**
   * Stores the bytes first, then the row in the current transaction; if the transaction fails, the orphan
   * file is removed by the caller through `discard`.
   */
  async save(
    actor: AuthUser | null,
    owner: { type: AttachmentOwner; id: number; officeId: number },
    kind: string,
    file: UploadedFile,
  ): Promise<Attachment> {
    const { mime } = this.validate(file);
    const storageKey = await this.store.put(file.buffer);
    const repo = this.db.repo(Attachment);
    const row = repo.create({
      officeId: owner.officeId,
      ownerType: owner.type,
      ownerId: owner.id,
      kind,
      originalName: safeFileName(file.originalname, `lampiran.${mime.split('/')[1]}`),
      mime,
      size: file.buffer.length,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      storageKey,
      uploadedById: actor?.id ?? null,
      createdAt: this.clock.now(),
    });
    try {
      return await repo.save(row);
    } catch (e) {
      await this.store.remove(storageKey);
      throw e;
    }
  }

  async discard(a: Attachment | undefined): Promise<void> {
    if (a) await this.store.remove(a.storageKey);
  }

  async listFor(ownerType: AttachmentOwner, ownerIds: number[]): Promise<Attachment[]> {
    if (!ownerIds.length) return [];
    return this.db
      .repo(Attachment)
      .createQueryBuilder('a')
      .where('a.ownerType = :ownerType AND a.ownerId IN (:...ownerIds)', { ownerType, ownerIds })
      .orderBy('a.id', 'ASC')
      .getMany();
  }

  async find(id: number): Promise<Attachment> {
    const a = await this.db.repo(Attachment).findOne({ where: { id } });
    if (!a) throw Errors.notFound(msg('Lampiran', 'Attachment'));
    return a;
  }

  bytes(a: Attachment): Promise<Buffer> {
    return this.store.get(a.storageKey);
  }

  /**
   * An attachment for download, if the user may open it. Who may depends on the owner: identity scans (a requester's
   * or a web submission's) only the owning office's staff holding requester.pii; liaison answers the staff who read
   * requests, or the assigned unit itself; other offices never (404).
   */
  async download(actor: AuthUser, id: number): Promise<{ attachment: Attachment; bytes: Buffer }> {
    const a = await this.find(id);
    if (!(await this.access.canRead(actor, a.officeId))) throw Errors.notFound(msg('Lampiran', 'Attachment'));
    await this.assertMay(actor, a);
    return { attachment: a, bytes: await this.bytes(a) };
  }

  private async assertMay(user: AuthUser, a: Attachment): Promise<void> {
    const p = user.permissions;
    // a parent office reads its child offices' requests without the scans
    if (a.ownerType === 'requester' || a.ownerType === 'submission') {
      if (p.includes(Permission.RequesterPii) && a.officeId === user.officeId) return;
      throw Errors.forbidden(
        msg(
          'Pindaian identitas hanya dapat dibuka oleh petugas kantor yang menyimpannya',
          'Identity scans can only be opened by the staff of the office that holds them',
        ),
      );
    }
    if (p.includes(Permission.RequestRead)) return;
    if (a.ownerType === 'assignment' && p.includes(Permission.TaskRead)) {
      // (by table name: attachments sit below the requests feature)
      const [task] = await this.db.query<Array<{ unitId: number; officeId: number }>>(
        'SELECT unitId, officeId FROM request_assignments WHERE id = ?',
        [a.ownerId],
      );
      if (task && Number(task.unitId) === user.unitId && Number(task.officeId) === user.officeId) return;
    }
    throw Errors.forbidden(msg('Anda tidak berwenang membuka lampiran ini', 'You may not open this attachment'));
  }
}
