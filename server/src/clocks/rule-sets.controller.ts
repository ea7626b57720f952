import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CLOCKS, DEFAULT_RULE_SETS, REGIME_BASIS, REGIME_LABELS, RULE_DEFS } from '@lentera/reports/legal';
import { ApiList } from '../common/api-views';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { Permission } from '../common/permissions';
import { PublishRuleSetDto } from './dto';
import { RuleSet } from './rule-set.entity';
import { RuleCatalogueView } from './rule-set.view';
import { RuleSetListItem, RuleSetsInForce, RuleSetsService } from './rule-sets.service';

@ApiTags('rule-sets')
@Controller('rule-sets')
export class RuleSetsController {
  constructor(private readonly rules: RuleSetsService) {}

  @Get()
  @RequirePermission(Permission.SettingRead)
  @ApiList(RuleSetListItem)
  @ApiOperation({ summary: 'Versi aturan layanan (nasional dan kantor sendiri) / rule-set versions' })
  list(@CurrentUser() user: AuthUser) {
    return this.rules.list(user);
  }

  @Get('current')
  @RequirePermission(Permission.SettingRead)
  @ApiOkResponse({ type: RuleSetsInForce })
  @ApiOperation({ summary: 'Aturan yang berlaku hari ini per rezim / the rule sets in force today' })
  current(@CurrentUser() user: AuthUser) {
    return this.rules.current(user);
  }

  @Get('catalogue')
  @RequirePermission(Permission.SettingRead)
  @ApiOkResponse({ type: RuleCatalogueView })
  @ApiOperation({ summary: 'Katalog jam hukum dan aturan / the clocks and rules with their legal basis' })
  catalogue(): RuleCatalogueView {
    return {
      regimes: REGIME_LABELS,
      basis: REGIME_BASIS,
      rules: RULE_DEFS,
      clocks: CLOCKS,
      defaults: DEFAULT_RULE_SETS,
    };
  }

  @Post()
  @RequirePermission(Permission.SettingManage)
  @ApiCreatedResponse({ type: RuleSet })
  @ApiOperation({
    summary:
      'Terbitkan versi aturan baru dengan tanggal berlaku / publish a new version (matters already received keep theirs)',
  })
  publish(@CurrentUser() user: AuthUser, @Body() dto: PublishRuleSetDto) {
    return this.rules.publish(user, {
      regime: dto.regime,
      officeId: dto.national ? null : user.officeId,
      effectiveFrom: dto.effectiveFrom,
      values: dto.values,
      reason: dto.reason,
      basis: dto.basis,
    });
  }
}
