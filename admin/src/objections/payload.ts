import type { ObjectionAction } from '../access';
import { localInputToIso } from '../common/dates';
import { OBJECTION_GROUNDS, canSettle } from './lifecycle';

type Values = Record<string, unknown>;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const idOf = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : Number(v));
const put = (body: Values, key: string, value: unknown) => {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return;
  body[key] = value;
};

/** Against a request (every ground) or, for ground (b) only, against the office on behalf of a requester. */
export type Against = 'request' | 'requester';

/**
 * The body of POST /api/objections from the registration form: the request objected to, or the requester with
 * ground (b) alone; the grounds in the order of Pasal 35; the optional dates, proxy and reason to accept a late filing.
 */
export function objectionPayload(data: Values, timeZone?: string): Values {
  const against: Against = data.against === 'requester' ? 'requester' : 'request';
  // Without a request the only ground is (b): the form shows it rather than asking.
  const chosen = against === 'requester' ? ['b'] : Array.isArray(data.grounds) ? (data.grounds as string[]) : [];
  const body: Values = {
    grounds: OBJECTION_GROUNDS.filter((g) => chosen.includes(g)),
    reasons: text(data.reasons),
  };
  if (against === 'request') put(body, 'requestId', idOf(data.requestId));
  else put(body, 'requesterId', idOf(data.requesterId));
  put(body, 'groundDate', data.groundDate);
  put(body, 'filedAt', localInputToIso(data.filedAt as string | undefined, timeZone));
  put(body, 'proxyName', text(data.proxyName));
  put(body, 'lateAcceptedReason', text(data.lateAcceptedReason));
  return body;
}

/**
 * Grounds that cannot apply, mirroring the server's checks so the form does not offer them: without a request only
 * (b); (a) only against a request refused (in part) on exemption grounds; (c) only against one not answered yet.
 */
export function unavailableGrounds(
  against: Against,
  request: { decision?: string | null } | null | undefined,
): string[] {
  if (against === 'requester') return OBJECTION_GROUNDS.filter((g) => g !== 'b');
  if (!request) return [];
  const out: string[] = [];
  if (!['refused', 'granted_partial'].includes(request.decision ?? '')) out.push('a');
  if (request.decision) out.push('c');
  return out;
}

/** The decisions the Atasan PPID may give: settlement by agreement only when no ground is (a). */
export function decisionOptions(grounds: readonly string[]): Array<{ id: string; name: string; disabled: boolean }> {
  const settle = canSettle(grounds);
  return (['accepted', 'rejected', 'settled'] as const).map((id) => ({
    id,
    name: `lentera.objections.decisions.${id}`,
    disabled: id === 'settled' && !settle,
  }));
}

/** The body of POST /api/objections/:id/<action> from its dialog: only the fields the action uses. */
export function objectionActionBody(action: ObjectionAction, values: Values): Values {
  const body: Values = {};
  switch (action) {
    case 'decide':
      body.decision = values.decision;
      body.reason = text(values.reason);
      // The instruction to the PPID belongs to an accepted objection only (the field is hidden otherwise).
      if (values.decision === 'accepted') body.instruction = text(values.instruction);
      break;
    case 'dispute':
      body.filedDate = values.filedDate;
      put(body, 'kiRegistrationNumber', text(values.kiRegistrationNumber));
      put(body, 'stage', values.stage);
      break;
    case 'conclude':
      body.stage = values.stage;
      body.outcome = text(values.outcome);
      put(body, 'complianceNote', text(values.complianceNote));
      put(body, 'courtAction', text(values.courtAction));
      break;
    case 'close':
      put(body, 'requesterReaction', text(values.requesterReaction));
      break;
    case 'withdraw':
      body.note = text(values.note);
      break;
  }
  return body;
}

/**
 * Why the server would refuse an action the state table allows, judged from the dates (the server checks again):
 * a dispute before the Atasan PPID's answer is only possible once the answer's deadline has passed.
 */
export function objectionActionBlocked(
  action: ObjectionAction,
  record: { status: string; responseDueDate: string },
  today: string,
): { key: string; date?: string } | null {
  if (action === 'dispute' && record.status === 'registered' && today <= record.responseDueDate) {
    return { key: 'lentera.objections.blocked.dispute_early', date: record.responseDueDate };
  }
  return null;
}
