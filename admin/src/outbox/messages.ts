import type { ChipProps } from '@mui/material';
import type { OutboxMessage, OutboxState } from '../api/types';

export type { OutboxMessage, OutboxState };
/** The states, in the order the filter offers them (checked against the API's). */
export const OUTBOX_STATES = [
  'pending',
  'sending',
  'sent',
  'failed',
  'bounced',
  'cancelled',
] as const satisfies readonly OutboxState[];

export const STATE_COLORS: Record<OutboxState, ChipProps['color']> = {
  pending: 'warning',
  sending: 'info',
  sent: 'success',
  failed: 'error',
  bounced: 'error',
  cancelled: 'default',
};

export const OUTBOX_KINDS = [
  'request.received',
  'request.incomplete',
  'request.completion_reminder',
  'request.extended',
  'request.decided',
  'request.delivered',
  'objection.received',
  'objection.decided',
  'portal.code',
  'staff.digest',
] as const;

/** What may be done with a message in its state (the server checks again: 409 otherwise). */
export const canResend = (m: OutboxMessage) => ['sent', 'failed', 'bounced', 'cancelled'].includes(m.state);
export const canCancel = (m: OutboxMessage) => m.state === 'pending' || m.state === 'failed';
