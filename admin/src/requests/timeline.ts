import { formatDate, formatDuration } from '../common/dates';
import type { RequestEvent } from '../api/types';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** The headline of a timeline entry: what happened, and the status change if any. */
export function eventTitle(event: RequestEvent, translate: Translate): string {
  const what = translate(`lentera.requests.events.${event.type}`, { _: event.type });
  if (event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus) {
    const from = translate(`lentera.requests.statuses.${event.fromStatus}`, { _: event.fromStatus });
    const to = translate(`lentera.requests.statuses.${event.toStatus}`, { _: event.toStatus });
    return `${what} (${from} → ${to})`;
  }
  return what;
}

/** The facts an event carries (its `data`), as short lines in the user's language. */
export function eventDetails(event: RequestEvent, translate: Translate, locale: string): string[] {
  const d = event.data ?? {};
  const date = (v: unknown) => formatDate(str(v), locale);
  const lines: string[] = [];
  switch (event.type) {
    case 'registered':
      if (d.number) lines.push(translate('lentera.requests.event_details.number', { number: String(d.number) }));
      if (d.dueDate) lines.push(translate('lentera.requests.event_details.due', { date: date(d.dueDate) }));
      break;
    case 'complete':
      if (d.dueDate) lines.push(translate('lentera.requests.event_details.due', { date: date(d.dueDate) }));
      break;
    case 'incomplete':
      if (d.incompleteDueDate)
        lines.push(translate('lentera.requests.event_details.complete_by', { date: date(d.incompleteDueDate) }));
      if (d.noticeLate) lines.push(translate('lentera.requests.event_details.notice_late', { date: date(d.noticeBy) }));
      break;
    case 'assign': {
      const units = Array.isArray(d.units) ? (d.units as string[]) : [];
      const items = Array.isArray(d.assignments) ? (d.assignments as Array<{ dueDate?: string }>) : [];
      if (units.length) lines.push(translate('lentera.requests.event_details.units', { units: units.join(', ') }));
      const dues = [...new Set(items.map((a) => a.dueDate).filter(Boolean))];
      if (dues.length)
        lines.push(translate('lentera.requests.event_details.unit_due', { date: dues.map(date).join(', ') }));
      break;
    }
    case 'extend':
      if (d.extendedDueDate)
        lines.push(translate('lentera.requests.event_details.due', { date: date(d.extendedDueDate) }));
      break;
    case 'decide':
      if (d.decision) lines.push(translate(`lentera.requests.decisions.${d.decision}`, { _: String(d.decision) }));
      if (Array.isArray(d.refusalBasis) && d.refusalBasis.length)
        lines.push(
          translate('lentera.requests.event_details.basis', { letters: (d.refusalBasis as string[]).join(', ') }),
        );
      break;
    case 'deliver':
      if (d.via) lines.push(translate(`lentera.requests.delivery.${d.via}`, { _: String(d.via) }));
      break;
    case 'step': {
      const step = Number(d.step);
      if (typeof d.durationSeconds === 'number') {
        lines.push(
          translate('lentera.requests.event_details.step_done', {
            step,
            duration: formatDuration(d.durationSeconds),
            standard: Number(d.standardMinutes),
          }),
        );
      } else {
        lines.push(translate('lentera.requests.event_details.step_started', { step }));
      }
      break;
    }
    case 'answered':
      if (d.unit) lines.push(String(d.unit));
      if (d.late) lines.push(translate('lentera.requests.event_details.late_answer'));
      break;
    case 'classify': {
      // the regime changed until the decision: the rules of the other regime, and the deadline computed again
      const regime = d.regime as { from?: string; to?: string } | undefined;
      if (regime?.from && regime.to)
        lines.push(
          translate('lentera.requests.event_details.regime', {
            from: translate(`lentera.legal.regimes.${regime.from}`, { _: regime.from }),
            to: translate(`lentera.legal.regimes.${regime.to}`, { _: regime.to }),
          }),
        );
      if (str(d.election)) lines.push(String(d.election));
      const due = d.effectiveDueDate as { from?: string; to?: string } | undefined;
      if (due?.from && due.to && due.from !== due.to)
        lines.push(translate('lentera.requests.event_details.moved', { from: date(due.from), to: date(due.to) }));
      break;
    }
    case 'deadline_recomputed': {
      const due = d.dueDate as { from?: string; to?: string } | undefined;
      if (due?.from !== due?.to)
        lines.push(translate('lentera.requests.event_details.moved', { from: date(due?.from), to: date(due?.to) }));
      const ext = d.extendedDueDate as { from?: string | null; to?: string | null } | undefined;
      if (ext && ext.from !== ext.to && ext.to)
        lines.push(translate('lentera.requests.event_details.moved', { from: date(ext.from), to: date(ext.to) }));
      break;
    }
  }
  return lines;
}
