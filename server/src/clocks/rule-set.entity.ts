import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Regime, RuleKey, RuleSource, RuleValues } from '@lentera/reports/legal';

/**
 * A version of the service rules of one regime: national (officeId null) or an office's override. Rows are never
 * changed; a new version applies to matters received on or after its effective date, earlier ones keep theirs.
 */
@Entity('rule_sets')
@Index('IDX_rule_sets_regime_office_from', ['regime', 'officeId', 'effectiveFrom'])
export class RuleSet {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 10 })
  regime: Regime;

  @Column({ type: 'int', nullable: true })
  officeId: number | null;

  @Column({ type: 'date' })
  effectiveFrom: string;

  @Column({ type: 'varchar', length: 150 })
  name: string;

  /** the legal basis, e.g. "UU 14/2008 jo. PerKI 1/2021" */
  @Column({ type: 'varchar', length: 300 })
  basis: string;

  @Column({ type: 'simple-json' })
  ruleValues: RuleValues;

  /** per value: the article it comes from, and whether that article's text was confirmed */
  @Column({ type: 'simple-json' })
  sources: Record<RuleKey, RuleSource>;

  /** why this version was made (who and when are in createdById/createdAt and the audit trail) */
  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
