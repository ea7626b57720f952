import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Panel } from '../common/Panel';
import { formatInZone } from '../common/datetime';
import { useOfficeTimeZone } from '../common/fields';
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
  const [locale] = useLocaleState();
  const timeZone = useOfficeTimeZone();
  const rows = [...(events ?? [])].reverse();
  return (
    <Panel title="lentera.objections.timeline.title" testId="timeline-card">
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('lentera.objections.timeline.empty')}
        </Typography>
      ) : (
        <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {rows.map((event) => (
            <Box
              component="li"
              key={event.id}
              data-event={event.type}
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
