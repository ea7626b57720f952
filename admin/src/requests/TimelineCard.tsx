import { Box, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Panel } from '../common/Panel';
import { getJson } from '../common/api';
import { formatInZone } from '../common/datetime';
import { useOfficeTimeZone } from '../common/fields';
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

/** GET /requests/:id/events: every transition, assignment, answer and recomputed deadline, oldest first. */
export const TimelineCard = ({ record }: { record: InfoRequest }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const timeZone = useOfficeTimeZone();
  const [events, setEvents] = useState<RequestEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Refetch when the request changed (version) or a unit answered (answers do not touch the request row).
  const answered = (record.assignments ?? []).filter((a) => a.status === 'answered').length;
  const steps = (record.steps ?? []).map((s) => `${s.step}:${s.startedAt}:${s.endedAt}`).join('|');

  useEffect(() => {
    let live = true;
    getJson<RequestEvent[]>(`requests/${encodeURIComponent(record.id)}/events`)
      .then((rows) => live && (setEvents(rows), setError(null)))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [record.id, record.version, answered, steps]);

  return (
    <Panel title="lentera.requests.timeline.title" testId="timeline-card">
      {error && (
        <Typography variant="body2" color="error">
          {error}
        </Typography>
      )}
      {!events && !error && (
        <Typography variant="body2" color="text.secondary">
          …
        </Typography>
      )}
      {events && events.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('lentera.requests.timeline.empty')}
        </Typography>
      )}
      {events && events.length > 0 && (
        <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {[...events].reverse().map((event) => (
            <Box
              component="li"
              key={event.id}
              sx={{
                position: 'relative',
                pl: 3,
                pb: 2,
                borderLeft: 2,
                borderColor: 'divider',
                ml: 1,
                '&:last-of-type': { pb: 0 },
              }}
            >
              <Box
                sx={{
                  position: 'absolute',
                  left: -7,
                  top: 4,
                  width: 12,
                  height: 12,
                  borderRadius: '50%',
                  bgcolor: DOT_COLORS[event.type] ?? 'grey.500',
                  border: '2px solid #fff',
                }}
              />
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {eventTitle(event, translate)}
              </Typography>
              <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                {formatInZone(event.at, timeZone, locale)}
                {event.actorName ? ` · ${event.actorName}` : ''}
              </Typography>
              {eventDetails(event, translate, locale).map((line) => (
                <Typography key={line} variant="body2" color="text.secondary">
                  {line}
                </Typography>
              ))}
              {event.note && (
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.25 }}>
                  “{event.note}”
                </Typography>
              )}
            </Box>
          ))}
        </Box>
      )}
    </Panel>
  );
};
