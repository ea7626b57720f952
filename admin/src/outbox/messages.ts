import type { ChipProps } from '@mui/material';

export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed', 'bounced', 'cancelled'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

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

export interface OutboxMessage {
  id: number;
  officeId: number;
  kind: string;
  subjectType: string | null;
  subjectId: number | null;
  toAddress: string;
  toName: string | null;
  lang: 'id' | 'en';
  subject: string;
  textBody: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string | null;
  serverResponse: string | null;
  sentAt: string | null;
  createdAt: string;
}

/** What may be done with a message in its state (the server checks again: 409 otherwise). */
export const canResend = (m: OutboxMessage) => ['sent', 'failed', 'bounced', 'cancelled'].includes(m.state);
export const canCancel = (m: OutboxMessage) => m.state === 'pending' || m.state === 'failed';
