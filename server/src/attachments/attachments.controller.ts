import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiFile } from '../common/api-views';
import { AuthUser } from '../common/auth-user';
import { Authenticated, CurrentUser } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { AttachmentsService } from './attachments.service';

@ApiTags('attachments')
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  /** The permission depends on the owner: identity scans need requester.pii; answers need request.read or the assigned unit. */
  @Get(':id')
  @Authenticated()
  @ApiFile(['application/pdf', 'image/jpeg', 'image/png'])
  @ApiOperation({ summary: 'Unduh lampiran (izin menurut pemiliknya) / download an attachment (permission by owner)' })
  async download(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    const { attachment: a, bytes } = await this.attachments.download(user, id);
    return new StreamableFile(bytes, {
      type: a.mime,
      disposition: `attachment; filename="${a.originalName.replace(/[^\x20-\x7e]/g, '_')}"`,
      length: bytes.length,
    });
  }
}
