import { Body, createParamDecorator, ExecutionContext, Get, HttpCode, Inject, Post, Type } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Regime } from '@lentera/reports/legal';
import { ApiFile } from '../common/api-views';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { Permission } from '../common/permissions';
import { IssueRegisterDto, RegisterPeriodQueries } from '../common/register-dto';
import { registerFile, XLSX_TYPE } from '../common/register-file';
import type { RegisterPeriod, RegisterQuery } from './issuing';

/** A register of an office for a period: what the register routes read from its documents service. */
export interface RegisterSource {
  registerPdf(
    actor: AuthUser,
    q: RegisterQuery,
    mode: 'issue' | 'preview',
  ): Promise<{ pdf: Buffer; office: { code: string }; period: RegisterPeriod; regime: Regime }>;
  registerXlsx(
    actor: AuthUser,
    q: RegisterQuery,
  ): Promise<{ xlsx: Buffer; office: { code: string }; period: RegisterPeriod; regime: Regime }>;
}

export interface RegisterRoutesSpec {
  /** `requests`: the routes are <controller>/requests.pdf and <controller>/requests.xlsx */
  name: string;
  source: Type<RegisterSource>;
  permission: Permission;
  /** the period's date in the query descriptions, e.g. "Tanggal diterima" */
  periodOf: string;
  /** the kind in the file name, for each regime (`register-<kind>-<office>-<from>-<to>`) */
  kinds: Record<Regime, string>;
  summaries: { issue: string; preview: string; xlsx: string };
}

/** The query of a register's preview and workbook, as given (parsePeriod and parseRegime check it). */
const PeriodQuery = createParamDecorator((_: unknown, ctx: ExecutionContext): RegisterQuery => {
  const { from, to, officeId, regime } = ctx.switchToHttp().getRequest<{ query: Record<string, unknown> }>().query;
  return { from, to, officeId, regime };
});

/**
 * The three routes of a register, of an office for a period and a regime. POST issues the numbered PDF of one's own
 * office; GET renders the unnumbered DRAF preview of any visible office; the workbook is a GET that writes nothing.
 */
export function RegisterRoutes(spec: RegisterRoutesSpec) {
  const periodQueries = () => RegisterPeriodQueries(spec.periodOf);
  const kind = (regime: Regime, draft = false) => spec.kinds[regime] + (draft ? '-draf' : '');

  class Routes {
    constructor(@Inject(spec.source) readonly docs: RegisterSource) {}

    @Post(`${spec.name}.pdf`)
    @HttpCode(200)
    @RequirePermission(spec.permission)
    @ApiFile('application/pdf')
    @ApiOperation({ summary: spec.summaries.issue })
    async issue(@CurrentUser() user: AuthUser, @Body() body: IssueRegisterDto) {
      const { pdf, office, period, regime } = await this.docs.registerPdf(user, body, 'issue');
      return registerFile(kind(regime), office.code, period, pdf, 'pdf');
    }

    @Get(`${spec.name}.pdf`)
    @RequirePermission(spec.permission)
    @ApiFile('application/pdf')
    @periodQueries()
    @ApiOperation({ summary: spec.summaries.preview })
    async preview(@CurrentUser() user: AuthUser, @PeriodQuery() q: RegisterQuery) {
      const res = await this.docs.registerPdf(user, q, 'preview');
      return registerFile(kind(res.regime, true), res.office.code, res.period, res.pdf, 'pdf');
    }

    @Get(`${spec.name}.xlsx`)
    @RequirePermission(spec.permission)
    @ApiFile(XLSX_TYPE)
    @periodQueries()
    @ApiOperation({ summary: spec.summaries.xlsx })
    async xlsx(@CurrentUser() user: AuthUser, @PeriodQuery() q: RegisterQuery) {
      const res = await this.docs.registerXlsx(user, q);
      return registerFile(kind(res.regime), res.office.code, res.period, res.xlsx, 'xlsx');
    }
  }
  return Routes;
}
