import { Box, Tooltip, Typography, type ChipProps } from '@mui/material';
import { SimpleList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../common/dates';
import { CardLine, type ListCard } from '../common/ResponsiveDataTable';
import { DeadlineBadge } from '../common/Deadline';
import { Detail } from '../common/Panel';
import type { InfoRequest, RequestFlags, RequestStatus } from '../api/types';
import { StateChip, type StateChipProps } from '../common/StateChip';

const STATUS_COLORS: Record<RequestStatus, ChipProps['color']> = {
  registered: 'info',
  incomplete: 'warning',
  in_process: 'primary',
  extended: 'secondary',
  decided: 'success',
  delivered: 'success',
  closed: 'default',
  withdrawn: 'default',
  lapsed: 'default',
};

export const StatusChip = ({ status, size }: StateChipProps) => (
  <StateChip
    value={status}
    messages="lentera.requests.statuses"
    colors={STATUS_COLORS}
    filled={['registered', 'incomplete', 'in_process', 'extended'].includes(status ?? '')}
    size={size}
  />
);

/** The `status` of the current record as a chip. */
export const StatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<{ status?: string }>();
  return <StatusChip status={record?.status} />;
};

/** Red when late (since the day after the due date), amber when due soon by the office's rule (server's flags). */
export const DueBadge = ({
  flags,
  due,
}: {
  flags: RequestFlags | null | undefined;
  due: string | null | undefined;
}) => <DeadlineBadge flags={flags} due={due} messages="lentera.requests.badge" />;

/** The effective due date, and under it the badge. */
export const DueField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<InfoRequest>();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.5 }}>
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {formatDate(record.effectiveDueDate, locale)}
      </Typography>
      <DueBadge flags={record.flags} due={record.effectiveDueDate} />
    </Box>
  );
};

/** A calendar date of the legal clock (YYYY-MM-DD), never shifted by the browser's zone. */
export const DateOnlyField = ({ source, weekday }: { source: string; label?: string; weekday?: boolean }) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const value = record?.[source] as string | undefined;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {value ? formatDate(value, locale, { weekday }) : '—'}
    </Typography>
  );
};

/** Long text cut to one or two lines, the whole of it in a tooltip. */
export const TruncatedText = ({
  text,
  lines = 2,
  maxWidth = 360,
}: {
  text: string | null | undefined;
  lines?: number;
  maxWidth?: number;
}) => {
  if (!text) return null;
  return (
    <Tooltip title={text.length > 80 ? text : ''} placement="bottom-start">
      <Typography
        component="span"
        variant="body2"
        sx={{
          display: '-webkit-box',
          WebkitLineClamp: lines,
          WebkitBoxOrient: 'vertical',
          overflow: 'hidden',
          maxWidth,
        }}
      >
        {text}
      </Typography>
    </Tooltip>
  );
};

export const TruncatedField = ({
  source,
  lines,
  maxWidth,
}: {
  source: string;
  label?: string;
  lines?: number;
  maxWidth?: number;
}) => {
  const record = useRecordContext();
  return <TruncatedText text={record?.[source] as string | undefined} lines={lines} maxWidth={maxWidth} />;
};

/** A value that is an i18n key under `prefix` (channels, kinds…). */
export const KeyField = ({ source, prefix }: { source: string; prefix: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source] as string | undefined;
  return value ? (
    <Typography component="span" variant="body2">
      {translate(`${prefix}.${value}`, { _: value })}
    </Typography>
  ) : null;
};

/** A list of i18n keys as comma-separated text. */
export const KeyListField = ({ source, prefix }: { source: string; prefix: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const values = (record?.[source] as string[] | null | undefined) ?? [];
  return (
    <Typography component="span" variant="body2">
      {values.length ? values.map((v) => translate(`${prefix}.${v}`, { _: v })).join(', ') : '—'}
    </Typography>
  );
};

/**
 * How the requester asked to see the information and to get it (a request's or a submission's `obtainMethods` and
 * `deliveryMethods`), each a line of its panel labelled by the resource's own field names.
 */
export const MethodDetails = ({
  resource,
  obtain,
  delivery,
}: {
  resource: 'requests' | 'submissions';
  obtain: string[] | null | undefined;
  delivery: string[] | null | undefined;
}) => {
  const translate = useTranslate();
  const list = (values: string[] | null | undefined, prefix: string) =>
    values?.length ? values.map((v) => translate(`${prefix}.${v}`, { _: v })).join(', ') : '—';
  return (
    <>
      <Detail label={`resources.${resource}.fields.obtainMethods`}>{list(obtain, 'lentera.requests.obtain')}</Detail>
      <Detail label={`resources.${resource}.fields.deliveryMethods`}>
        {list(delivery, 'lentera.requests.delivery')}
      </Detail>
    </>
  );
};

/**
 * A request as a card, for a phone or a narrow panel: the number, then status and due date, then `detail` (the
 * requester and what is asked, or whatever the place needs) clamped to two lines.
 */
export function useRequestCard(detail: (request: InfoRequest) => string): ListCard<InfoRequest> {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return {
    primaryText: (r) => (
      <Box component="span" sx={{ fontFamily: 'monospace', fontWeight: 600, overflowWrap: 'anywhere' }}>
        {r.number}
      </Box>
    ),
    secondaryText: (r) => (
      <>
        <CardLine strong>
          {translate(`lentera.requests.statuses.${r.status}`, { _: r.status })} ·{' '}
          {translate('lentera.requests.phone_due', { date: formatDate(r.effectiveDueDate, locale) })}
        </CardLine>
        <CardLine lines={2}>{detail(r)}</CardLine>
      </>
    ),
  };
}

/** Requests one a card (a requester's page, in a narrow panel); a card opens the request. */
export const RequestSimpleList = ({ detail }: { detail: (request: InfoRequest) => string }) => (
  <SimpleList<InfoRequest> rowClick="show" {...useRequestCard(detail)} />
);
