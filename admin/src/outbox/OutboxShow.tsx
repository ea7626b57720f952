import CancelScheduleSendIcon from '@mui/icons-material/CancelScheduleSend';
import SendIcon from '@mui/icons-material/Send';
import { Box, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Confirm,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useRecordAction } from '../common/mutations';
import { OfficeDateTimeField } from '../common/fields';
import { useCan } from '../common/useCan';
import { canCancel, canResend, type OutboxMessage } from './messages';
import { OutboxKindField, OutboxStateChip } from './OutboxList';

/** Resend (a sent message as a new copy) or cancel, each confirmed; the server answers 409 when the state forbids it. */
const OutboxActions = () => {
  const record = useRecordContext<OutboxMessage>();
  const translate = useTranslate();
  const notify = useNotify();
  const mayManage = useCan('edit', 'outbox');
  const [asking, setAsking] = useState<'resend' | 'cancel' | null>(null);
  const act = useRecordAction('outbox', record?.id, {
    done: ({ action }) => ({ message: `lentera.outbox.done_${action}` }),
  });
  if (!record || !mayManage) return <TopToolbar />;
  return (
    <TopToolbar>
      {canResend(record) && record.kind !== 'portal.code' && (
        <Button label="lentera.outbox.resend" onClick={() => setAsking('resend')} data-testid="outbox-resend">
          <SendIcon />
        </Button>
      )}
      {canCancel(record) && (
        <Button label="lentera.outbox.cancel" onClick={() => setAsking('cancel')} data-testid="outbox-cancel">
          <CancelScheduleSendIcon />
        </Button>
      )}
      <Confirm
        isOpen={asking !== null}
        loading={act.isPending}
        title={translate(`lentera.outbox.confirm_${asking ?? 'resend'}`, { to: record.toAddress })}
        content={record.subject}
        onConfirm={() =>
          asking &&
          act.mutate(
            { action: asking },
            {
              onError: (error) => notify(error.message, { type: 'error' }),
              onSettled: () => setAsking(null),
            },
          )
        }
        onClose={() => setAsking(null)}
      />
    </TopToolbar>
  );
};

const Body = () => {
  const record = useRecordContext<OutboxMessage>();
  return record ? (
    <Box
      component="pre"
      sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', m: 0, maxWidth: 760 }}
      data-testid="outbox-body"
    >
      {record.textBody}
    </Box>
  ) : null;
};

export const OutboxShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<OutboxActions />}>
      <SimpleShowLayout>
        <OutboxStateChip />
        <OutboxKindField />
        <TextField source="toAddress" />
        <TextField source="toName" emptyText="—" />
        <TextField source="subject" />
        <OfficeDateTimeField source="createdAt" />
        <OfficeDateTimeField source="sentAt" emptyText="—" />
        <TextField source="attempts" />
        <TextField source="serverResponse" emptyText="—" />
        <Typography variant="caption" color="text.secondary">
          {translate('lentera.outbox.body')}
        </Typography>
        <Body />
      </SimpleShowLayout>
    </Show>
  );
};
