// The answers of GET /api/metrics/* (server/src/metrics/metrics.service.ts and metrics-math.ts).

export type Counts = Record<string, number>;

/** general information (UU 14/2008) or information about the Pemilu and Pemilihan (PerKI 1/2019) */
export type Regime = 'general' | 'election';
export const REGIMES: readonly Regime[] = ['general', 'election'];
/** Something per regime, for the regimes asked for (both without a filter). */
export type ByRegime<T> = { [R in Regime]?: T };

export interface MetricsOffice {
  id: number;
  code: string;
  name: string;
  level: 'national' | 'province' | 'regency';
  parentId: number | null;
}

export interface StepFigures {
  step: 1 | 2 | 3;
  measured: number;
  withinStandard: number;
  /** 0..1, null when nothing was measured */
  share: number | null;
  medianMinutes: number | null;
}

export interface Figures {
  received: { total: number; byChannel: Counts; byRequesterType: Counts };
  decided: { total: number; byOutcome: Counts };
  /** each decision by its own request's clock (its regime's deadline and extension), fixed when it was decided */
  timeliness: {
    withinDeadline: number;
    withinExtension: number;
    late: number;
    /** 0..1 (four decimals), null without decisions */
    onTimeRate: number | null;
    medianDays: number | null;
    p90Days: number | null;
  };
  steps: StepFigures[];
  objections: { received: number; decided: number; byDecision: Counts };
  disputes: { filed: number; concluded: number };
}

export interface RegimeSummary extends Figures {
  queue: { open: number; overdue: number };
}

export interface Summary extends RegimeSummary {
  office: MetricsOffice;
  officeCount: number;
  from: string;
  to: string;
  /** the regime asked for; null: the totals are both regimes together */
  regime: Regime | null;
  byRegime: ByRegime<RegimeSummary>;
}

export interface PeriodFigures extends Figures {
  open: number;
  overdue: number;
}

export interface DayRow extends PeriodFigures {
  date: string;
  byRegime: ByRegime<PeriodFigures>;
}

export interface Daily {
  office: MetricsOffice;
  from: string;
  to: string;
  regime: Regime | null;
  days: DayRow[];
}

export interface MonthRow extends PeriodFigures {
  month: string;
  byRegime: ByRegime<PeriodFigures>;
}

export interface Monthly {
  office: MetricsOffice;
  from: string;
  to: string;
  regime: Regime | null;
  months: MonthRow[];
}

export interface OfficeFigures extends RegimeSummary {
  office: MetricsOffice;
  officeCount: number;
  byRegime: ByRegime<RegimeSummary>;
}

export interface Comparison {
  office: MetricsOffice;
  from: string;
  to: string;
  regime: Regime | null;
  own: OfficeFigures;
  children: OfficeFigures[];
}
