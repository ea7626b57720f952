import { ApiList } from '../common/api-views';
import { AttachmentView } from '../attachments/attachments.service';
import { TaskView } from './request.view';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { UploadedFile as File } from '../attachments/attachments.service';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { listAnswer, parseListQuery, RawListQuery } from '../common/list-query';
import { Permission } from '../common/permissions';
import { SingleUpload } from '../common/upload';
import { AnswerTaskDto } from './dto';
import { TASK_LIST, TasksService } from './tasks.service';

@ApiTags('tasks')
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @ApiList(TaskView)
  @RequirePermission(Permission.TaskRead)
  @ApiOperation({ summary: 'Tugas disposisi unit saya (penghubung) atau kantor (PPID) / liaison tasks' })
  async list(@CurrentUser() user: AuthUser, @Query() query: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const lq = parseListQuery(query, TASK_LIST);
    return listAnswer(res, 'tasks', lq, await this.tasks.list(user, lq));
  }

  @Get(':id')
  @ApiOkResponse({ type: TaskView })
  @RequirePermission(Permission.TaskRead)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.tasks.get(user, id);
  }

  @Post(':id/answer')
  @ApiOkResponse({ type: TaskView })
  @HttpCode(200)
  @RequirePermission(Permission.TaskAnswer)
  @ApiOperation({ summary: 'Jawab disposisi / answer a task' })
  answer(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: AnswerTaskDto) {
    return this.tasks.answer(user, id, dto);
  }

  @Post(':id/files')
  @ApiCreatedResponse({ type: AttachmentView })
  @RequirePermission(Permission.TaskAnswer)
  @SingleUpload()
  @ApiOperation({ summary: 'Lampirkan berkas jawaban (PDF/JPEG/PNG ≤ 5 MB) / attach a file to the answer' })
  addFile(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @UploadedFile() file: File | undefined) {
    return this.tasks.addFile(user, id, file);
  }
}
