// The monthly report as the API answers it, from the generated schema (../api/types).
import type { MetricsFrozenSummary, MetricsRegimeSummary } from '../api/types';

export type { MonthlyReport, MonthlyReportFigures, MonthlyReportStatus } from '../api/types';

/** The month's figures, or one regime's: a column of the figures table. */
export type MonthlyFigures = MetricsRegimeSummary;
/** The month's summary (frozen before the regime split: without byRegime). */
export type MonthlySummary = MetricsFrozenSummary;
