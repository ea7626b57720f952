import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { Db } from '../common/db';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth-user';
import { Authenticated, CurrentUser } from '../common/decorators';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { IdPipe } from '../common/id-param';
import { OfficeAccess } from '../common/office-access.service';
import { Permission } from '../common/permissions';
import { RequestAssignment } from '../requests/request.entity';
import { Attachment } from './attachment.entity';
import { AttachmentsService } from './attachments.service';

@ApiTags('attachments')
@Controller('attachments')
export class AttachmentsController {
  constructor(
    private readonly attachments: AttachmentsService,
    private readonly access: OfficeAccess,
    private readonly db: Db,
  ) {}

  /** The permission depends on the owner: identity scans need requester.pii; answers need request.read or the assigned unit. */
  @Get(':id')
  @Authenticated()
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOperation({ summary: 'Unduh lampiran (izin menurut pemiliknya) / download an attachment (permission by owner)' })
  async download(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    const a = await this.attachments.find(id);
    if (!(await this.access.canRead(user, a.officeId))) throw Errors.notFound(msg('Lampiran', 'Attachment'));
    await this.assertMay(user, a);
    const bytes = await this.attachments.bytes(a);
    return new StreamableFile(bytes, {
      type: a.mime,
      disposition: `attachment; filename="${a.originalName.replace(/[^\x20-\x7e]/g, '_')}"`,
      length: bytes.length,
    });
  }

  private async assertMay(user: AuthUser, a: Attachment): Promise<void> {
    const p = user.permissions;
    // identity scans (a requester's, or a web submission's): only where the full identity may be seen — the office that
    // holds them, for roles holding requester.pii; a parent office reads its child offices' requests without them
    const identity = a.ownerType === 'requester' || a.ownerType === 'submission';
    if (identity) {
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
      const task = await this.db.repo(RequestAssignment).findOne({ where: { id: a.ownerId } });
      if (task && task.unitId === user.unitId && task.officeId === user.officeId) return;
    }
    throw Errors.forbidden(msg('Anda tidak berwenang membuka lampiran ini', 'You may not open this attachment'));
  }
}
