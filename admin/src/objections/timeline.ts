import type { ObjectionEvent } from './types';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The headline of a timeline entry: what happened, and the status change if any. */
export function eventTitle(
  event: Pick<ObjectionEvent, 'type' | 'fromStatus' | 'toStatus'>,
  translate: Translate,
): string {
  const what = translate(`lentera.objections.events.${event.type}`, { _: event.type });
  if (event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus) {
    const from = translate(`lentera.objections.statuses.${event.fromStatus}`, { _: event.fromStatus });
    const to = translate(`lentera.objections.statuses.${event.toStatus}`, { _: event.toStatus });
    return `${what} (${from} → ${to})`;
  }
  return what;
}
