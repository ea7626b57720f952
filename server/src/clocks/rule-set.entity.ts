import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { REGIMES } from '@lentera/reports/legal';
import type { Regime, RuleKey, RuleSource, RuleValues } from '@lentera/reports/legal';
import { Nullable, Prop } from '../common/api-views';
import { RuleSourcesView, RuleValuesView } from './rule-set.view';

/**
 * A version of the service rules of one regime: national (officeId null) or an office's override. Rows are never
 * changed; a new version applies to matters received on or after its effective date, earlier ones keep theirs.
 */
@Entity('rule_sets')
@Index('IDX_rule_sets_regime_office_from', ['regime', 'officeId', 'effectiveFrom'])
export class RuleSet {
  @PrimaryGeneratedColumn()
  @Prop(Number)
  id: number;

  @Column({ type: 'varchar', length: 10 })
  @Prop(String, { enum: REGIMES as unknown as string[], enumName: 'Regime' })
  regime: Regime;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  officeId: number | null;

  @Column({ type: 'date' })
  @Prop(String)
  effectiveFrom: string;

  @Column({ type: 'varchar', length: 150 })
  @Prop(String)
  name: string;

  /** the legal basis, e.g. "UU 14/2008 jo. PerKI 1/2021" */
  @Column({ type: 'varchar', length: 300 })
  @Prop(String)
  basis: string;

  @Column({ type: 'simple-json' })
  @Prop(RuleValuesView)
  ruleValues: RuleValues;

  /** per value: the article it comes from, and whether that article's text was confirmed */
  @Column({ type: 'simple-json' })
  @Prop(RuleSourcesView)
  sources: Record<RuleKey, RuleSource>;

  /** why this version was made (who and when are in createdById/createdAt and the audit trail) */
  @Column({ type: 'varchar', length: 1000 })
  @Prop(String)
  reason: string;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  createdById: number | null;

  @Column({ type: 'datetime' })
  @Prop(Date)
  createdAt: Date;
}
