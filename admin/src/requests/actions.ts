import { localInputToIso } from '../common/dates';
import type { RequestAction } from '../access';

type Values = Record<string, unknown>;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const put = (body: Values, key: string, value: unknown) => {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return;
  body[key] = value;
};

/** Decisions that need an exemption basis (UU KIP Pasal 17) and a consequence test. */
export const needsExemption = (decision: unknown) => decision === 'refused' || decision === 'granted_partial';
/** Decisions that give information, so the notice states the material, its form, cost (and how to pay) and delivery. */
export const givesInformation = (decision: unknown) => decision === 'granted_full' || decision === 'granted_partial';

/**
 * The body of POST /api/requests/:id/<action> from its dialog's values: only the fields the action
 * (and, for a decision, the chosen decision) uses — the server rejects an exemption basis on a grant.
 */
export function actionBody(action: RequestAction, values: Values, timeZone?: string): Values {
  const body: Values = {};
  switch (action) {
    case 'incomplete':
    case 'withdraw':
      body.note = text(values.note);
      break;
    case 'complete':
    case 'lapse':
    case 'close':
      put(body, 'note', text(values.note));
      break;
    case 'extend':
      body.reason = text(values.reason);
      break;
    case 'assign':
      body.assignments = ((values.assignments as Values[] | undefined) ?? []).map((a) => {
        const item: Values = { unitId: Number(a.unitId), instruction: text(a.instruction) };
        put(item, 'dueDate', a.dueDate);
        return item;
      });
      break;
    case 'decide': {
      const decision = values.decision;
      body.decision = decision;
      if (needsExemption(decision)) {
        put(body, 'refusalBasis', values.refusalBasis);
        put(body, 'consequenceTest', text(values.consequenceTest));
      }
      if (decision === 'refused') put(body, 'refusalReason', text(values.refusalReason));
      if (decision === 'granted_partial') put(body, 'redactions', text(values.redactions));
      if (decision === 'not_held') put(body, 'holderBody', text(values.holderBody));
      if (givesInformation(decision)) {
        put(body, 'form', values.form);
        // UU 14/2008 Pasal 22 ayat (7) huruf d: the material that will be given
        put(body, 'materialProvided', text(values.materialProvided));
        const cost = values.cost;
        if (cost !== undefined && cost !== null && cost !== '') body.cost = Math.round(Number(cost));
        // huruf g: how to pay — only when there is a cost ("tanpa biaya" otherwise)
        if (Number(body.cost) > 0) put(body, 'paymentMethod', text(values.paymentMethod));
        put(body, 'deliveryPlan', text(values.deliveryPlan));
      }
      break;
    }
    case 'deliver':
      body.via = values.via;
      put(body, 'deliveredAt', localInputToIso(values.deliveredAt as string | undefined, timeZone));
      break;
  }
  return body;
}

export { fieldErrorLines } from '../common/fieldErrors';

/**
 * Why the server would refuse an action the state table allows, judged from the dates on the record
 * (the server checks again): an extension after the deadline or a second one, completing after the
 * window closed, lapsing before it did. Null when nothing stands in the way.
 */
export function actionBlocked(
  action: RequestAction,
  record: { dueDate: string; extendedDueDate: string | null; extensionDays: number; incompleteDueDate: string | null },
  today: string,
): { key: string; date?: string } | null {
  switch (action) {
    case 'extend':
      if (record.extendedDueDate) return { key: 'lentera.requests.blocked.extended_once' };
      if (record.extensionDays <= 0) return { key: 'lentera.requests.blocked.no_extension' };
      if (today > record.dueDate) return { key: 'lentera.requests.blocked.extend_late', date: record.dueDate };
      return null;
    case 'complete':
      return record.incompleteDueDate && today > record.incompleteDueDate
        ? { key: 'lentera.requests.blocked.complete_late', date: record.incompleteDueDate }
        : null;
    case 'lapse':
      return !record.incompleteDueDate || today <= record.incompleteDueDate
        ? { key: 'lentera.requests.blocked.lapse_early', date: record.incompleteDueDate ?? undefined }
        : null;
    default:
      return null;
  }
}
