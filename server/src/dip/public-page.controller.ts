import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { dipPageHtml, officeNotFoundPageHtml } from '@lentera/reports';
import { ClientIp, Public } from '../common/decorators';
import { RateLimiter } from '../common/rate-limiter';
import { DipService } from './dip.service';

/** The public page of an office's list of public information (no sign-in, no JavaScript): search, filter, download. */
@ApiExcludeController()
@Controller()
export class PublicDipPageController {
  constructor(
    private readonly dip: DipService,
    private readonly limiter: RateLimiter,
  ) {}

  @Get('informasi-publik/:officeCode')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async page(
    @Param('officeCode') code: string,
    @Query('q') q: string | undefined,
    @Query('category') category: string | undefined,
    @ClientIp() ip: string | null,
    @Res() res: Response,
  ) {
    await this.limiter.consume(`public-dip-page:${ip}`, 120, 60);
    const search = typeof q === 'string' ? q.slice(0, 200) : '';
    const cat =
      typeof category === 'string' && ['berkala', 'serta_merta', 'setiap_saat'].includes(category) ? category : '';
    try {
      const list = await this.dip.publicPage(code, search || undefined, cat || undefined);
      res.status(200).send(dipPageHtml({ ...list, q: search, category: cat }));
    } catch (e) {
      // an unknown office code; anything else is the server's fault and answers as such
      if ((e as { getStatus?: () => number }).getStatus?.() !== 404) throw e;
      res.status(404).send(officeNotFoundPageHtml('Daftar Informasi Publik', code));
    }
  }
}
