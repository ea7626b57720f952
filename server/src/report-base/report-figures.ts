import {
  CHANNEL_LABELS,
  DECISION_TEXT,
  OBJECTION_DECISION_TEXT,
  REQUESTER_TYPE_LABELS,
  type LabelledCount,
} from '@lentera/reports';
import type { Summary } from '../metrics/metrics.service';

/** Counts keyed by code, as rows with the documents' Indonesian labels (unknown codes print as themselves). */
export function labelledCounts(counts: Record<string, number>, labels: Record<string, string>): LabelledCount[] {
  return Object.entries(counts).map(([k, n]) => ({ label: labels[k] ?? k, n }));
}

/** The parts of a metrics summary that the monthly and the annual report print as labelled tables. */
export function labelledSummary(s: Summary) {
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
