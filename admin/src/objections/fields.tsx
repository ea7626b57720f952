import { Box, Chip, Tooltip, Typography, type ChipProps } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../common/dates';
import { DeadlineBadge } from '../common/Deadline';
import type { ObjectionStatus } from './lifecycle';
import type { Objection } from './types';
import { StateChip, type StateChipProps } from '../common/StateChip';

const STATUS_COLORS: Record<ObjectionStatus, ChipProps['color']> = {
  registered: 'info',
  decided: 'success',
  disputed: 'warning',
  concluded: 'secondary',
  closed: 'default',
  withdrawn: 'default',
};

const OPEN: string[] = ['registered', 'decided', 'disputed'];

export const ObjectionStatusChip = ({ status, size }: StateChipProps) => (
  <StateChip
    value={status}
    messages="lentera.objections.statuses"
    colors={STATUS_COLORS}
    filled={OPEN.includes(status ?? '')}
    size={size}
  />
);

/** The `status` of the current objection as a chip. */
export const ObjectionStatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<Objection>();
  return <ObjectionStatusChip status={record?.status} />;
};

const DECISION_COLORS: Record<string, ChipProps['color']> = {
  accepted: 'success',
  rejected: 'error',
  settled: 'primary',
};

export const DecisionChip = ({
  decision,
  size,
}: {
  decision: string | null | undefined;
  size?: StateChipProps['size'];
}) => (
  <StateChip
    value={decision}
    messages="lentera.objections.decisions"
    colors={DECISION_COLORS}
    filled={false}
    size={size}
    dataKey="decision"
  />
);

export const DecisionField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<Objection>();
  return record?.decision ? <DecisionChip decision={record.decision} /> : null;
};

/** Red when the Atasan PPID's deadline has passed, amber when due soon by the office's rule (server's flags). */
export const ObjectionDueBadge = ({
  record,
}: {
  record: Pick<Objection, 'status' | 'responseDueDate' | 'flags'> | null | undefined;
}) =>
  record?.status === 'registered' ? (
    <DeadlineBadge flags={record.flags} due={record.responseDueDate} messages="lentera.objections.badge" />
  ) : null;

/** The response due date and, under it, the badge while the objection waits for its answer. */
export const ResponseDueField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<Objection>();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.5 }}>
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {formatDate(record.responseDueDate, locale)}
      </Typography>
      <ObjectionDueBadge record={record} />
    </Box>
  );
};

/** The grounds as their letters (a, c), each with its Pasal 35 text in a tooltip. */
export const GroundLettersField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<Objection>();
  const translate = useTranslate();
  const grounds = record?.grounds ?? [];
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, flexWrap: 'wrap' }} data-testid="ground-letters">
      {grounds.map((g) => (
        <Tooltip key={g} title={translate(`lentera.objections.grounds.${g}`, { _: g })}>
          <Chip size="small" variant="outlined" label={g} sx={{ fontFamily: 'monospace', minWidth: 28 }} />
        </Tooltip>
      ))}
    </Box>
  );
};
