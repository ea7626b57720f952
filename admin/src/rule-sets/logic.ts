import { REGIMES, RULE_DEFS, RULE_KEYS, type Regime, type RuleKey } from '../common/legal';
import type { RuleSetRow } from './types';

/** Later first: effective date, then the order published (ids grow). */
const newerFirst = (a: RuleSetRow, b: RuleSetRow) =>
  b.effectiveFrom.localeCompare(a.effectiveFrom) || Number(b.id) - Number(a.id);

const isOwn = (row: RuleSetRow) => row.officeId !== null && row.officeId !== undefined;

/**
 * The version an office's matter of `regime` received on `date` gets — the server's rule (RuleSetsService.resolve):
 * the office's own newest version in force on that date, else the national one.
 */
export function resolveVersion(rows: readonly RuleSetRow[], regime: Regime, date: string): RuleSetRow | null {
  const candidates = rows.filter((r) => r.regime === regime && r.effectiveFrom <= date).sort(newerFirst);
  return candidates.find(isOwn) ?? candidates.find((r) => !isOwn(r)) ?? null;
}

export type VersionState = 'in_force' | 'scheduled' | 'earlier' | 'overridden';

/**
 * Where a version stands today: in force; published for a later date; an earlier version (requests received while it
 * was in force keep it); or a national version the office's own rules set aside.
 */
export function versionState(rows: readonly RuleSetRow[], row: RuleSetRow, today: string): VersionState {
  if (row.effectiveFrom > today) return 'scheduled';
  const current = resolveVersion(rows, row.regime, today);
  if (current && String(current.id) === String(row.id)) return 'in_force';
  if (!isOwn(row) && current && isOwn(current)) {
    // the national version that would be in force, were it not for the office's own
    const national = rows
      .filter((r) => r.regime === row.regime && !isOwn(r) && r.effectiveFrom <= today)
      .sort(newerFirst)[0];
    if (national && String(national.id) === String(row.id)) return 'overridden';
  }
  return 'earlier';
}

/** The version a new one was published over: the same scope's previous one, or for a first override the national. */
export function predecessorOf(rows: readonly RuleSetRow[], row: RuleSetRow): RuleSetRow | null {
  const before = rows
    .filter((r) => r.regime === row.regime && String(r.id) !== String(row.id))
    .filter(
      (r) =>
        r.effectiveFrom < row.effectiveFrom || (r.effectiveFrom === row.effectiveFrom && Number(r.id) < Number(row.id)),
    )
    .sort(newerFirst);
  if (isOwn(row)) return before.find(isOwn) ?? before.find((r) => !isOwn(r)) ?? null;
  return before.find((r) => !isOwn(r)) ?? null;
}

/** The values a version changed against its predecessor, in catalogue order. */
export function changedValues(
  row: RuleSetRow,
  previous: RuleSetRow | null,
): Array<{ key: RuleKey; from: number | null; to: number }> {
  if (!previous) return [];
  return RULE_KEYS.filter((k) => row.ruleValues[k] !== previous.ruleValues[k]).map((key) => ({
    key,
    from: previous.ruleValues[key] ?? null,
    to: row.ruleValues[key],
  }));
}

/** The history of one regime, newest first. */
export function historyOf(rows: readonly RuleSetRow[], regime: Regime): RuleSetRow[] {
  return rows.filter((r) => r.regime === regime).sort(newerFirst);
}

export interface PublishDraft {
  regime: string;
  national: boolean;
  effectiveFrom: string;
  values: Record<string, unknown>;
  reason: string;
  basis?: string;
}

/**
 * The body of POST /api/rule-sets: every value as a whole number (the new version is exactly what the form showed),
 * the reason and basis trimmed; `errors` names what the server would refuse, with message keys.
 */
export function publishPayload(
  draft: PublishDraft,
  today: string,
): { body: Record<string, unknown>; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!(REGIMES as readonly string[]).includes(draft.regime)) errors.regime = 'ra.validation.required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.effectiveFrom ?? '')) errors.effectiveFrom = 'ra.validation.required';
  else if (draft.effectiveFrom < today) errors.effectiveFrom = 'lentera.rule_sets.publish.not_before_today';
  const reason = (draft.reason ?? '').trim();
  if (reason.length < 5) errors.reason = 'lentera.rule_sets.publish.reason_short';
  const values: Record<string, number> = {};
  for (const key of RULE_KEYS) {
    const raw = draft.values?.[key];
    const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
    const def = RULE_DEFS[key];
    if (!/^\d+$/.test(text)) {
      errors[`values.${key}`] = 'lentera.rule_sets.publish.whole_number';
      continue;
    }
    const n = Number(text);
    if (n < def.min || n > def.max) {
      errors[`values.${key}`] = 'lentera.rule_sets.publish.range';
      continue;
    }
    values[key] = n;
  }
  const body: Record<string, unknown> = {
    regime: draft.regime,
    national: !!draft.national,
    effectiveFrom: draft.effectiveFrom,
    values,
    reason,
  };
  const basis = (draft.basis ?? '').trim();
  if (basis) body.basis = basis;
  return { body, errors };
}
