import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Panel } from './Panel';
import { useOfficeDateTime } from './fields';

export interface TimelineEvent {
  id: number | string;
  type: string;
  at: string;
  actorName?: string | null;
  note?: string | null;
}

/**
 * A record's history, newest first: a coloured dot per kind of event, its title, when (in the office's zone) and
 * who, the lines it adds and the note as typed. Shared by requests and objections.
 */
export function Timeline<E extends TimelineEvent>({
  title,
  empty,
  events,
  error,
  dotColors,
  titleOf,
  detailsOf,
}: {
  title: string;
  empty: string;
  /** oldest first, as the API answers; undefined while loading */
  events: readonly E[] | undefined;
  error?: string | null;
  dotColors: Record<string, string>;
  titleOf: (event: E) => ReactNode;
  detailsOf?: (event: E) => string[];
}) {
  const translate = useTranslate();
  const dateTime = useOfficeDateTime();
  let body: ReactNode;
  if (error)
    body = (
      <Typography variant="body2" color="error">
        {error}
      </Typography>
    );
  else if (!events)
    body = (
      <Typography variant="body2" color="text.secondary">
        …
      </Typography>
    );
  else if (events.length === 0)
    body = (
      <Typography variant="body2" color="text.secondary">
        {translate(empty)}
      </Typography>
    );
  else
    body = (
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {[...events].reverse().map((event) => (
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
                bgcolor: dotColors[event.type] ?? 'grey.500',
                border: '2px solid #fff',
              }}
            />
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {titleOf(event)}
            </Typography>
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
              {dateTime(event.at)}
              {event.actorName ? ` · ${event.actorName}` : ''}
            </Typography>
            {(detailsOf?.(event) ?? []).map((line) => (
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
    );
  return (
    <Panel title={title} testId="timeline-card">
      {body}
    </Panel>
  );
}
