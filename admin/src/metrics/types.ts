// The answers of GET /api/metrics/*, from the generated schema (../api/types); the helpers below are the console's.
import type { MetricsRegimeSummary, Regime } from '../api/types';

export type {
  MetricsComparison as Comparison,
  MetricsDaily as Daily,
  MetricsDashboard as Dashboard,
  MetricsDay as DayRow,
  MetricsMonth as MonthRow,
  MetricsMonthly as Monthly,
  MetricsOffice,
  MetricsOfficeFigures as OfficeFigures,
  MetricsPeriodFigures as PeriodFigures,
  MetricsRegimeSummary as RegimeSummary,
  MetricsStep as StepFigures,
  MetricsSummary as Summary,
  MetricsTrendDay as TrendDay,
  MetricsTrendMonth as TrendMonth,
  Regime,
} from '../api/types';

export type Counts = Record<string, number>;

/** general information (UU 14/2008) or information about the Pemilu and Pemilihan (PerKI 1/2019) */
export const REGIMES = ['general', 'election'] as const satisfies readonly Regime[];
/** Something per regime, for the regimes asked for (both without a filter). */
export type ByRegime<T> = { [R in Regime]?: T };

/** The figures of a range, a day or a month, without their queue. */
export type Figures = Omit<MetricsRegimeSummary, 'queue'>;
