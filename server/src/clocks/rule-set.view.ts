import { CLOCK_KINDS, REGIMES, RULE_KEYS } from '@lentera/reports/legal';
import type { ClockKind, Regime, RuleKey, RuleSource, RuleValues } from '@lentera/reports/legal';
import { Bilingual, Keyed, Opt, Prop } from '../common/api-views';

/** A value's legal source: the article, and whether its own text was confirmed. */
export class RuleSourceView implements RuleSource {
  @Prop(String) basis: string;
  @Prop(Boolean) confirmed: boolean;
  @Opt(String) note?: string;
}

/** One value per rule key. */
export const RuleValuesView = Keyed<RuleKey, number>('RuleValues', RULE_KEYS, Number);
/** The source of each value, per rule key. */
export const RuleSourcesView = Keyed<RuleKey, RuleSourceView>('RuleSources', RULE_KEYS, RuleSourceView);

/** One rule of the catalogue: what it is, its unit and bounds. */
export class RuleDefView {
  @Prop(String, { enum: RULE_KEYS as unknown as string[], enumName: 'RuleKey' }) key: RuleKey;
  @Prop(Bilingual) label: Bilingual;
  @Prop(String, { enum: ['working_days', 'calendar_days', 'months'], enumName: 'RuleUnit' }) unit: string;
  @Prop(Number) min: number;
  @Prop(Number) max: number;
}

/** One legal clock of the catalogue: the rule that gives its length, what starts and stops it. */
export class ClockDefView {
  @Prop(String, { enum: CLOCK_KINDS as unknown as string[], enumName: 'ClockKind' }) kind: ClockKind;
  @Prop(Bilingual) label: Bilingual;
  @Prop(String, { enum: RULE_KEYS as unknown as string[], enumName: 'RuleKey' }) rule: RuleKey;
  @Opt(String, { enum: RULE_KEYS as unknown as string[], enumName: 'RuleKey' }) extensionRule?: RuleKey;
  @Prop(Bilingual) starts: Bilingual;
  @Prop(Bilingual) stops: Bilingual;
  @Prop(Boolean) tracked: boolean;
}

/** A regime's default national rule set (what Lentera starts with). */
export class RuleSetTemplateView {
  @Prop(String, { enum: REGIMES as unknown as string[], enumName: 'Regime' }) regime: Regime;
  @Prop(String) name: string;
  @Prop(String) basis: string;
  @Prop(RuleValuesView) values: RuleValues;
  @Prop(RuleSourcesView) sources: Record<RuleKey, RuleSource>;
}

const RegimeLabels = Keyed<Regime, Bilingual>('RegimeLabels', REGIMES, Bilingual);
const RegimeBasis = Keyed<Regime, string>('RegimeBasis', REGIMES, String);
const RuleDefs = Keyed<RuleKey, RuleDefView>('RuleDefs', RULE_KEYS, RuleDefView);
const ClockDefs = Keyed<ClockKind, ClockDefView>('ClockDefs', CLOCK_KINDS, ClockDefView);
const DefaultRuleSets = Keyed<Regime, RuleSetTemplateView>('DefaultRuleSets', REGIMES, RuleSetTemplateView);

/** The legal catalogue's clocks and rules (GET /rule-sets/catalogue). */
export class RuleCatalogueView {
  @Prop(RegimeLabels) regimes: Record<Regime, Bilingual>;
  @Prop(RegimeBasis) basis: Record<Regime, string>;
  @Prop(RuleDefs) rules: Record<RuleKey, RuleDefView>;
  @Prop(ClockDefs) clocks: Record<ClockKind, ClockDefView>;
  @Prop(DefaultRuleSets) defaults: Record<Regime, RuleSetTemplateView>;
}
