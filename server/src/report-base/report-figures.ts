import {
  CHANNEL_LABELS,
  DECISION_TEXT,
  OBJECTION_DECISION_TEXT,
  REGIME_BASIS,
  REGIME_LABELS,
  REQUESTER_TYPE_LABELS,
  type LabelledCount,
  type RegimeFigures,
} from '@lentera/reports';
import type { Figures } from '../metrics/metrics-math';
import { REGIMES } from '../metrics/metrics-math';
import type { MonthRow, RegimeSummary, Summary } from '../metrics/metrics.service';

/** Counts keyed by code, as rows with the documents' Indonesian labels (unknown codes print as themselves). */
export function labelledCounts(counts: Record<string, number>, labels: Record<string, string>): LabelledCount[] {
  return Object.entries(counts).map(([k, n]) => ({ label: labels[k] ?? k, n }));
}

function labelled(s: Figures) {
  return {
    received: {
      total: s.received.total,
      byChannel: labelledCounts(s.received.byChannel, CHANNEL_LABELS),
      byRequesterType: labelledCounts(s.received.byRequesterType, REQUESTER_TYPE_LABELS),
    },
    decided: { total: s.decided.total, byOutcome: labelledCounts(s.decided.byOutcome, DECISION_TEXT) },
    objections: {
      received: s.objections.received,
      decided: s.objections.decided,
      byDecision: labelledCounts(s.objections.byDecision, OBJECTION_DECISION_TEXT),
    },
  };
}

/**
 * The parts of a metrics summary that the monthly and the annual report print as labelled tables, with each regime's
 * figures beside the totals (general information first). Figures frozen before the service was counted by regime
 * have no `byRegime`: the reports then print the totals only.
 */
export function labelledSummary(s: Summary) {
  const regimes: RegimeFigures[] | undefined = s.byRegime
    ? REGIMES.filter((r) => s.byRegime[r]).map((r) => regimeColumn(r, s.byRegime[r]!))
    : undefined;
  return { ...labelled(s), regimes };
}

function regimeColumn(regime: (typeof REGIMES)[number], f: RegimeSummary): RegimeFigures {
  return {
    label: REGIME_LABELS[regime].id,
    basis: REGIME_BASIS[regime],
    ...labelled(f),
    timeliness: f.timeliness,
    queue: f.queue,
    disputes: f.disputes,
  };
}

/** A month of the annual report: the totals, and of them the information about the Pemilu and Pemilihan. */
export function monthFigures(m: MonthRow) {
  const e = m.byRegime?.election;
  return {
    received: m.received.total,
    decided: m.decided.total,
    late: m.timeliness.late,
    election: e ? { received: e.received.total, decided: e.decided.total, late: e.timeliness.late } : undefined,
  };
}
