import { REGIMES } from '@lentera/reports/legal';
import { Bilingual, Nullable, Opt, Prop, NamedDate } from '../common/api-views';

/** One legal clock of a matter, explained (ClockEngine.explain; the catalogue's CLOCKS define them). */
export class ClockView {
  @Prop(String) kind: string;
  @Prop(Bilingual) label: Bilingual;
  @Prop(String, { enum: ['running', 'stopped'] }) state: string;
  @Prop(String) startDate: string;
  @Prop(Number) days: number;
  @Prop(Number) extensionDays: number;
  @Prop(String) dueDate: string;
  /** what starts and what stops it */
  @Prop(Bilingual) starts: Bilingual;
  @Prop(Bilingual) stops: Bilingual;
  /** "mulai 2 Nov 2026; 3 hari kerja → batas 5 Nov 2026" */
  @Prop(Bilingual) text: Bilingual;
  @Prop([NamedDate]) skipped: NamedDate[];
  /** a stopped clock: its due date on today's calendar, when that differs */
  @Nullable(String) nowDueDate: string | null;
}

/** The rule-set version a matter was received under (GET /requests/:id, /objections/:id → ruleSet). */
export class MatterRuleSet {
  @Prop(Number) id: number;
  @Prop(String, { enum: REGIMES as unknown as string[], enumName: 'Regime' }) regime: string;
  @Opt(String) name?: string;
  @Prop(String) basis: string;
  @Prop('object', { additionalProperties: { type: 'number' } }) values: Record<string, number>;
}
