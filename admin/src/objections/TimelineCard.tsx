import { useTranslate } from 'react-admin';
import { Timeline } from '../common/Timeline';
import { eventTitle } from './timeline';
import type { ObjectionEvent } from './types';

const DOT_COLORS: Record<string, string> = {
  registered: 'info.main',
  decide: 'success.dark',
  dispute: 'warning.main',
  conclude: 'secondary.main',
  close: 'grey.600',
  withdraw: 'grey.600',
};

/** The objection's `events` (from GET /objections/:id), newest first, with who and when in the office's zone. */
export const TimelineCard = ({ events }: { events: ObjectionEvent[] | undefined }) => {
  const translate = useTranslate();
  return (
    <Timeline
      title="lentera.objections.timeline.title"
      empty="lentera.objections.timeline.empty"
      events={events ?? []}
      dotColors={DOT_COLORS}
      titleOf={(event) => eventTitle(event, translate)}
    />
  );
};
