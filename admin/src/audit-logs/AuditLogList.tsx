import { Chip, Typography } from '@mui/material';
import { DataTable, FilterButton, List, TextInput, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { DateInputId } from '../common/DateInputId';
import { OfficeDateTimeField, useOfficeZoneLabel } from '../common/fields';
import type { AuditLog } from '../api/types';
import { actionInWords, readableIp } from './words';
import { ExportMenu } from '../common/ExportMenu';
import { exportSpec } from '../common/exporter';
import { CardLine, ResponsiveDataTable, type ListCard } from '../common/ResponsiveDataTable';

const filters = [
  <TextInput key="action" source="action" alwaysOn />,
  <TextInput key="entityType" source="entityType" alwaysOn />,
  <TextInput key="username" source="username" alwaysOn />,
  // dd/mm/yyyy whatever the browser's locale; the API gets YYYY-MM-DD
  <DateInputId key="from" source="from" alwaysOn />,
  <DateInputId key="to" source="to" alwaysOn />,
  <TextInput key="userId" source="userId" />,
  <TextInput key="entityId" source="entityId" />,
];

/** The action in words ("Permohonan: diputuskan"); its key stays the chip's tooltip, for the filter and support. */
export const ActionChip = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<AuditLog>();
  const translate = useTranslate();
  return record?.action ? (
    <Chip
      label={actionInWords(record.action, translate)}
      title={record.action}
      variant="outlined"
      sx={{ borderRadius: 1, height: 'auto', maxWidth: '100%', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
    />
  ) : null;
};

/** The address as people write it (an IPv4 address seen through an IPv6 socket loses its ::ffff: prefix). */
export const IpField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<AuditLog>();
  return (
    <Typography component="span" variant="body2" title={record?.ip ?? undefined}>
      {readableIp(record?.ip)}
    </Typography>
  );
};

export const EntityTypeField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<AuditLog>();
  const translate = useTranslate();
  if (!record?.entityType) return null;
  return (
    <Typography component="span" variant="body2" title={record.entityType}>
      {translate(`lentera.entity_types.${record.entityType}`, { _: record.entityType })}
    </Typography>
  );
};

const AuditListActions = () => {
  const translate = useTranslate();
  const zone = useOfficeZoneLabel();
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <Typography variant="caption" color="text.secondary" sx={{ mr: 1 }}>
        {translate('lentera.audit.time_note', { zone })}
      </Typography>
      <FilterButton />
      <ExportMenu spec={auditExport} />
    </TopToolbar>
  );
};

/** The audit trail's export: the action in words, the time in the office's zone; the changed values stay in the app. */
export const auditExport = exportSpec<AuditLog>({
  file: 'jejak-audit',
  columns: [
    { header: 'resources.audit-logs.fields.at', value: (a, t) => t.dateTime(a.at) },
    { header: 'resources.audit-logs.fields.username', value: (a) => a.username },
    { header: 'resources.audit-logs.fields.action', value: (a, t) => actionInWords(a.action, t.t) },
    {
      header: 'resources.audit-logs.fields.entityType',
      value: (a, t) => t.label('lentera.entity_types', a.entityType),
    },
    { header: 'resources.audit-logs.fields.entityId', value: (a) => a.entityId },
    { header: 'resources.audit-logs.fields.ip', value: (a) => readableIp(a.ip) },
  ],
});

const Column = DataTable.Col<AuditLog>;

/** On a phone: the action in words and when, who did it and on what under it. */
const CARD: ListCard<AuditLog> = {
  primaryText: () => <ActionChip />,
  secondaryText: (r) => (
    <>
      <CardLine strong>
        <OfficeDateTimeField source="at" /> · {r.username ?? '—'}
      </CardLine>
      <CardLine>
        <EntityTypeField /> {r.entityId ? `#${r.entityId}` : ''}
      </CardLine>
    </>
  ),
};

export const AuditLogList = () => (
  <List filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={25} actions={<AuditListActions />}>
    <ResponsiveDataTable card={CARD} rowClick="show" bulkActionButtons={false}>
      <Column source="at" field={OfficeDateTimeField} />
      <Column source="username" />
      <Column source="action">
        <ActionChip />
      </Column>
      <Column source="entityType">
        <EntityTypeField />
      </Column>
      <Column source="entityId" disableSort />
      <Column source="ip" disableSort>
        <IpField />
      </Column>
    </ResponsiveDataTable>
  </List>
);
