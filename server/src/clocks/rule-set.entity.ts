import { Column, Entity, Index } from 'typeorm';
import { Col } from '../common/columns';
import { REGIMES } from '@lentera/reports/legal';
import type { Regime, RuleKey, RuleSource, RuleValues } from '@lentera/reports/legal';
import { Prop } from '../common/api-views';
import { RuleSourcesView, RuleValuesView } from './rule-set.view';

/**
 * A version of the service rules of one regime: national (officeId null) or an office's override. Rows are never
 * changed; a new version applies to matters received on or after its effective date, earlier ones keep theirs.
 */
@Entity('rule_sets')
@Index('IDX_rule_sets_regime_office_from', ['regime', 'officeId', 'effectiveFrom'])
export class RuleSet {
  @Col.id() id: number;
  @Col.varchar(10, { enum: REGIMES, enumName: 'Regime' }) regime: Regime;
  @Col.int({ nullable: true }) officeId: number | null;
  @Col.date() effectiveFrom: string;
  @Col.varchar(150) name: string;
  /** the legal basis, e.g. "UU 14/2008 jo. PerKI 1/2021" */
  @Col.varchar(300) basis: string;

  @Column({ type: 'simple-json' })
  @Prop(RuleValuesView)
  ruleValues: RuleValues;

  /** per value: the article it comes from, and whether that article's text was confirmed */
  @Column({ type: 'simple-json' })
  @Prop(RuleSourcesView)
  sources: Record<RuleKey, RuleSource>;

  /** why this version was made (who and when are in createdById/createdAt and the audit trail) */
  @Col.varchar(1000) reason: string;
  @Col.int({ nullable: true }) createdById: number | null;
  @Col.instant() createdAt: Date;
}
