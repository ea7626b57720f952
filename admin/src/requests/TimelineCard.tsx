import { useLocaleState, useTranslate } from 'react-admin';
import { Timeline } from '../common/Timeline';
import { useApi } from '../common/mutations';
import type { InfoRequest, RequestEvent } from '../api/types';
import { eventDetails, eventTitle } from './timeline';

const DOT_COLORS: Record<string, string> = {
  registered: 'info.main',
  assign: 'primary.main',
  answered: 'success.main',
  extend: 'secondary.main',
  decide: 'success.dark',
  deliver: 'success.main',
  close: 'grey.600',
  withdraw: 'grey.600',
  lapse: 'grey.600',
  incomplete: 'warning.main',
  deadline_recomputed: 'warning.dark',
};

/**
 * GET /requests/:id/events: every transition, assignment, answer and recomputed deadline, oldest first. Cached under
 * `requests`, so a step on the request (or an answer to one of its tasks) refetches it.
 */
export const TimelineCard = ({ record }: { record: InfoRequest }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, error } = useApi<RequestEvent[]>(`requests/${encodeURIComponent(record.id)}/events`);
  return (
    <Timeline
      title="lentera.requests.timeline.title"
      empty="lentera.requests.timeline.empty"
      events={data}
      error={data ? null : error?.message}
      dotColors={DOT_COLORS}
      titleOf={(event) => eventTitle(event, translate)}
      detailsOf={(event) => eventDetails(event, translate, locale)}
    />
  );
};
