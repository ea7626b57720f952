import { Chip } from '@mui/material';
import { DataTable, List, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { CardLine, ResponsiveDataTable, type ListCard } from '../common/ResponsiveDataTable';
import { useSmall } from '../common/useSmall';
import { OfficeDateTimeField } from '../common/fields';
import { OUTBOX_KINDS, OUTBOX_STATES, STATE_COLORS, type OutboxMessage } from './messages';
import { ExportListActions } from '../common/ExportMenu';
import { exportSpec } from '../common/exporter';
import { withSearch } from '../common/filters';

export const OutboxStateChip = () => {
  const record = useRecordContext<OutboxMessage>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={STATE_COLORS[record.state]}
      label={translate(`lentera.outbox.states.${record.state}`, { _: record.state })}
      data-testid="outbox-state"
    />
  );
};

export const OutboxKindField = () => {
  const record = useRecordContext<OutboxMessage>();
  const translate = useTranslate();
  return record ? <>{translate(`lentera.outbox.kinds.${record.kind}`, { _: record.kind })}</> : null;
};

export const outboxExport = exportSpec<OutboxMessage>({
  file: 'kotak-keluar',
  columns: [
    { header: 'resources.outbox.fields.createdAt', value: (m, t) => t.dateTime(m.createdAt) },
    { header: 'resources.outbox.fields.kind', value: (m, t) => t.label('lentera.outbox.kinds', m.kind) },
    { header: 'resources.outbox.fields.toAddress', value: (m) => m.toAddress },
    { header: 'resources.outbox.fields.subject', value: (m) => m.subject },
    { header: 'resources.outbox.fields.state', value: (m, t) => t.label('lentera.outbox.states', m.state) },
    { header: 'resources.outbox.fields.attempts', value: (m) => m.attempts },
    { header: 'resources.outbox.fields.sentAt', value: (m, t) => t.dateTime(m.sentAt) },
  ],
});

const Column = DataTable.Col<OutboxMessage>;

/** On a phone: the recipient and the state, the kind and the subject under it, and when it was written. */
const CARD: ListCard<OutboxMessage> = {
  primaryText: (m) => m.toAddress,
  tertiaryText: () => <OutboxStateChip />,
  secondaryText: (m) => (
    <>
      <CardLine strong>
        <OutboxKindField /> · <OfficeDateTimeField source="createdAt" />
      </CardLine>
      <CardLine lines={2}>{m.subject}</CardLine>
    </>
  ),
};

/** The e-mail the office sends, newest first, with its delivery state; failed ones are the desk's to resend. */
export const OutboxList = () => {
  const translate = useTranslate();
  const filters = withSearch([
    <SelectInput
      key="state"
      source="state"
      alwaysOn
      choices={OUTBOX_STATES.map((id) => ({ id, name: translate(`lentera.outbox.states.${id}`) }))}
    />,
    <SelectInput
      key="kind"
      source="kind"
      choices={OUTBOX_KINDS.map((id) => ({ id, name: translate(`lentera.outbox.kinds.${id}`) }))}
    />,
  ]);
  const small = useSmall('md');
  return (
    <List
      filters={small ? filters.slice(0, 1) : filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      actions={<ExportListActions spec={outboxExport} />}
    >
      <ResponsiveDataTable card={CARD} below="md" rowClick="show" bulkActionButtons={false}>
        <Column source="createdAt" field={OfficeDateTimeField} />
        <Column source="kind" disableSort>
          <OutboxKindField />
        </Column>
        <Column source="toAddress" disableSort />
        <Column source="subject" disableSort />
        <Column source="state">
          <OutboxStateChip />
        </Column>
        <Column source="attempts" disableSort />
      </ResponsiveDataTable>
    </List>
  );
};
