import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { REGIMES, RULE_KEYS, RuleValues } from '@lentera/reports/legal';
import { OptionalTextField } from '../common/fields';

export class RuleValuesDto implements Partial<RuleValues> {
  @IsOptional() @IsInt() answerDays?: number;
  @IsOptional() @IsInt() extensionDays?: number;
  @IsOptional() @IsInt() incompleteNoticeDays?: number;
  @IsOptional() @IsInt() completeDays?: number;
  @IsOptional() @IsInt() liaisonDays?: number;
  @IsOptional() @IsInt() objectionFilingDays?: number;
  @IsOptional() @IsInt() objectionAnswerDays?: number;
  @IsOptional() @IsInt() disputeFilingDays?: number;
  @IsOptional() @IsInt() kiStartDays?: number;
  @IsOptional() @IsInt() kiDecisionDays?: number;
  @IsOptional() @IsInt() backdateLimitDays?: number;
  @IsOptional() @IsInt() periodicRenewalMonths?: number;
  @IsOptional() @IsInt() monthlyReportDueDays?: number;
  @IsOptional() @IsInt() annualReportDueMonths?: number;
}

export class PublishRuleSetDto {
  @ApiProperty({ enum: REGIMES, description: 'general: UU 14/2008 jo. PerKI 1/2021; election: PerKI 1/2019' })
  @IsIn(REGIMES as unknown as string[])
  regime: (typeof REGIMES)[number];

  @ApiProperty({ description: 'true: the national rule set (KPU RI admins); false: your office’s override' })
  @IsIn([true, false])
  national: boolean;

  @ApiProperty({ example: '2027-01-01', description: 'tanggal berlaku (tidak sebelum hari ini)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveFrom harus YYYY-MM-DD / must be YYYY-MM-DD' })
  effectiveFrom: string;

  @ApiProperty({ type: RuleValuesDto, description: `values to change (${RULE_KEYS.join(', ')}); others are kept` })
  @IsObject()
  @ValidateNested()
  @Type(() => RuleValuesDto)
  values: RuleValuesDto;

  @ApiProperty({ description: 'alasan dan dasar perubahan (dicatat di jejak audit)' })
  @IsString()
  @MinLength(5)
  @MaxLength(1000)
  reason: string;

  @OptionalTextField(300, { description: 'dasar hukum versi ini, mis. nomor keputusan' }) basis?: string;
}
