import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../common/decorators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly ds: DataSource) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Status server dan basis data / server and database status' })
  async health(@Res({ passthrough: true }) res: Response) {
    const started = Date.now();
    try {
      await Promise.race([this.ds.query('SELECT 1'), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000))]);
      return { status: 'ok', database: { status: 'up', type: this.ds.options.type, latencyMs: Date.now() - started } };
    } catch {
      res.status(503);
      return { status: 'error', database: { status: 'down', type: this.ds.options.type } };
    }
  }
}
