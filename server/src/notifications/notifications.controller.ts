import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth-user';
import { Authenticated, CurrentUser } from '../common/decorators';
import { Errors } from '../common/errors';
import { WaitingAnswer, WaitingService } from './waiting.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly waiting: WaitingService) {}

  /** Every signed-in user has work of their own; what it is follows from their permissions. */
  @Get('waiting')
  @Authenticated()
  @ApiOperation({
    summary:
      'Pekerjaan yang menunggu Anda (lonceng dan beranda) / the work waiting for you (the bell and the home page)',
  })
  @ApiOkResponse({ type: WaitingAnswer })
  @ApiQuery({ name: 'all', required: false, description: 'true: also the kinds with nothing waiting (the home panel)' })
  get(@CurrentUser() user: AuthUser, @Query('all') all?: string): Promise<WaitingAnswer> {
    if (all !== undefined && all !== 'true' && all !== 'false')
      throw Errors.field('all', 'all harus true atau false', 'all must be true or false');
    return this.waiting.waiting(user, all === 'true');
  }
}
