import { REGIMES } from '@lentera/reports/legal';
import { OmitType } from '@nestjs/swagger';
import { Nullable, Opt, Prop } from '../common/api-views';
import { OFFICE_LEVELS } from '../offices/office.entity';

/*
 * The answers of GET /metrics/* (metrics.service.ts, metrics-math.ts): the shapes the service's interfaces give.
 */

const COUNTS = { additionalProperties: { type: 'number' } };
const REGIME = { enum: REGIMES as unknown as string[], enumName: 'Regime' };

/** The office the figures are of: it and every office under it. */
export class MetricsOffice {
  @Prop(Number) id: number;
  @Prop(String) code: string;
  @Prop(String) name: string;
  @Prop(String, { enum: OFFICE_LEVELS as unknown as string[], enumName: 'OfficeLevel' }) level: string;
  @Nullable(Number) parentId: number | null;
}

export class MetricsReceived {
  @Prop(Number) total: number;
  /** by channel */
  @Prop('object', COUNTS) byChannel: Record<string, number>;
  @Prop('object', COUNTS) byRequesterType: Record<string, number>;
}

export class MetricsDecided {
  @Prop(Number) total: number;
  @Prop('object', COUNTS) byOutcome: Record<string, number>;
}

/** Each decision by its own request's clock (its regime's deadline and extension), fixed when it was decided. */
export class MetricsTimeliness {
  @Prop(Number) withinDeadline: number;
  @Prop(Number) withinExtension: number;
  @Prop(Number) late: number;
  /** 0..1, four decimals; null without decisions */
  @Nullable(Number) onTimeRate: number | null;
  @Nullable(Number) medianDays: number | null;
  @Nullable(Number) p90Days: number | null;
}

/** An SOP step measured against its time standard. */
export class MetricsStep {
  @Prop(Number, { enum: [1, 2, 3] }) step: 1 | 2 | 3;
  @Prop(Number) measured: number;
  @Prop(Number) withinStandard: number;
  /** 0..1, null when nothing was measured */
  @Nullable(Number) share: number | null;
  @Nullable(Number) medianMinutes: number | null;
}

export class MetricsObjections {
  @Prop(Number) received: number;
  @Prop(Number) decided: number;
  @Prop('object', COUNTS) byDecision: Record<string, number>;
}

export class MetricsDisputes {
  @Prop(Number) filed: number;
  @Prop(Number) concluded: number;
}

/** The service figures of a range, a day or a month. */
export class MetricsFigures {
  @Prop(MetricsReceived) received: MetricsReceived;
  @Prop(MetricsDecided) decided: MetricsDecided;
  @Prop(MetricsTimeliness) timeliness: MetricsTimeliness;
  @Prop([MetricsStep]) steps: MetricsStep[];
  @Prop(MetricsObjections) objections: MetricsObjections;
  @Prop(MetricsDisputes) disputes: MetricsDisputes;
}

export class MetricsQueue {
  @Prop(Number) open: number;
  @Prop(Number) overdue: number;
}

/** The figures of one regime (or of the regimes asked for, added up) with the queue at the end of the range. */
export class MetricsRegimeSummary extends MetricsFigures {
  /** at the end of `to` */
  @Prop(MetricsQueue) queue: MetricsQueue;
}

/** Each regime asked for on its own (both without a filter). */
export class MetricsRegimeSummaries {
  @Opt(MetricsRegimeSummary) general?: MetricsRegimeSummary;
  @Opt(MetricsRegimeSummary) election?: MetricsRegimeSummary;
}

/** The figures of a range (GET /metrics/summary). */
export class MetricsSummary extends MetricsRegimeSummary {
  @Prop(MetricsOffice) office: MetricsOffice;
  /** the office and every office under it */
  @Prop(Number) officeCount: number;
  @Prop(String) from: string;
  @Prop(String) to: string;
  /** the regime asked for, or null: the totals are then both regimes together */
  @Nullable(String, REGIME) regime: string | null;
  @Prop(MetricsRegimeSummaries) byRegime: MetricsRegimeSummaries;
}

/** A summary as a report keeps it (live, or frozen when signed); figures frozen before the regimes were split have no byRegime. */
export class MetricsFrozenSummary extends OmitType(MetricsSummary, ['byRegime'] as const) {
  @Opt(MetricsRegimeSummaries) byRegime?: MetricsRegimeSummaries;
}

/** The figures of a day or month, with the open and overdue queue at its end. */
export class MetricsPeriodFigures extends MetricsFigures {
  @Prop(Number) open: number;
  @Prop(Number) overdue: number;
}

export class MetricsPeriodByRegime {
  @Opt(MetricsPeriodFigures) general?: MetricsPeriodFigures;
  @Opt(MetricsPeriodFigures) election?: MetricsPeriodFigures;
}

export class MetricsDay extends MetricsPeriodFigures {
  /** YYYY-MM-DD: the day, or the first day of the week (its Monday, or the range's first day) */
  @Prop(String) date: string;
  /** YYYY-MM-DD: the last day of the row (the same day, or the week's Sunday, or the range's last day) */
  @Prop(String) until: string;
  @Prop(MetricsPeriodByRegime) byRegime: MetricsPeriodByRegime;
}

export class MetricsMonth extends MetricsPeriodFigures {
  /** YYYY-MM */
  @Prop(String) month: string;
  @Prop(MetricsPeriodByRegime) byRegime: MetricsPeriodByRegime;
}

/** What every figure series answers with first: the office, the range and the regime asked for. */
abstract class MetricsRange {
  @Prop(MetricsOffice) office: MetricsOffice;
  @Prop(String) from: string;
  @Prop(String) to: string;
  @Nullable(String, REGIME) regime: string | null;
}

/** Day by day, or week by week beyond 90 days (GET /metrics/daily). */
export class MetricsDaily extends MetricsRange {
  /** `week` when the range is longer than 90 days: each row is then a week */
  @Prop(String, { enum: ['day', 'week'] }) grouping: 'day' | 'week';
  @Prop([MetricsDay]) days: MetricsDay[];
}

/** Month by month (GET /metrics/monthly); from and to are YYYY-MM. */
export class MetricsMonthly extends MetricsRange {
  @Prop([MetricsMonth]) months: MetricsMonth[];
}

/** An office's figures, its subtree rolled up. */
export class MetricsOfficeFigures extends MetricsRegimeSummary {
  @Prop(MetricsOffice) office: MetricsOffice;
  @Prop(Number) officeCount: number;
  @Prop(MetricsRegimeSummaries) byRegime: MetricsRegimeSummaries;
}

/** The office's own figures beside each child office's (GET /metrics/offices). */
export class MetricsComparison extends MetricsRange {
  @Prop(MetricsOfficeFigures) own: MetricsOfficeFigures;
  @Prop([MetricsOfficeFigures]) children: MetricsOfficeFigures[];
}

/** A day (or a week) of the dashboard's trend, as its chart draws it: the totals of GET /metrics/daily's row. */
export class MetricsTrendDay {
  @Prop(String) date: string;
  @Prop(String) until: string;
  @Prop(Number) received: number;
  @Prop(Number) decided: number;
  @Prop(Number) open: number;
  @Prop(Number) overdue: number;
}

/** A month of the dashboard's twelve, as its chart draws it (the totals of GET /metrics/monthly's row). */
export class MetricsTrendMonth {
  /** YYYY-MM */
  @Prop(String) month: string;
  @Prop(Number) received: number;
  @Prop(Number) decided: number;
  @Prop(Number) withinDeadline: number;
  @Prop(Number) withinExtension: number;
  @Prop(Number) late: number;
  /** (withinDeadline + withinExtension) / the three, four decimals; null without decisions */
  @Nullable(Number) onTimeRate: number | null;
  @Prop(Number) open: number;
  @Prop(Number) overdue: number;
}

/** The dashboard's trend: GET /metrics/daily's range and grouping, each row as its chart draws it. */
export class MetricsTrend extends MetricsRange {
  @Prop(String, { enum: ['day', 'week'] }) grouping: 'day' | 'week';
  @Prop([MetricsTrendDay]) days: MetricsTrendDay[];
}

/** The dashboard's 12 months (YYYY-MM), each as its chart draws it. */
export class MetricsTrendMonths extends MetricsRange {
  @Prop([MetricsTrendMonth]) months: MetricsTrendMonth[];
}

/**
 * What the dashboard page shows at once (GET /metrics/dashboard): the summary as GET /metrics/summary answers it, the
 * trend and the 12 months as their charts draw them (every figure of each day and month: GET /metrics/daily, /monthly).
 */
export class MetricsDashboard {
  @Prop(MetricsSummary) summary: MetricsSummary;
  @Prop(MetricsTrend) daily: MetricsTrend;
  /** the 12 months up to the range's last month */
  @Prop(MetricsTrendMonths) monthly: MetricsTrendMonths;
}
