import type { Regime, RuleKey } from '../common/legal';

/** One value's legal source, as the rule set stores it (`confirmed: false` where the article could not be read). */
export interface RuleSourceView {
  basis: string;
  confirmed: boolean;
  note?: string;
}

/** A rule-set version as GET /api/rule-sets(/current) answers it (server: clocks/rule-set.entity.ts). */
export interface RuleSetRow {
  id: number | string;
  regime: Regime;
  /** null: the national rules (KPU RI); otherwise the office's own override */
  officeId: number | string | null;
  effectiveFrom: string;
  name: string;
  basis: string;
  ruleValues: Record<RuleKey, number>;
  sources: Record<RuleKey, RuleSourceView>;
  reason: string;
  createdById: number | string | null;
  /** GET /api/rule-sets only */
  createdByName?: string | null;
  createdAt: string;
}
