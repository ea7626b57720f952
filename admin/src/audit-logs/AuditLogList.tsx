import { Chip, Typography } from '@mui/material';
import { DataTable, FilterButton, List, TextInput, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { OfficeDateTimeField, useOfficeZoneLabel } from '../common/fields';
import type { AuditLog } from '../api/types';

const filters = [
  <TextInput key="action" source="action" alwaysOn />,
  <TextInput key="entityType" source="entityType" alwaysOn />,
  <TextInput key="username" source="username" alwaysOn />,
  // A native date field: its value is already the YYYY-MM-DD the API expects. (DateInput of
  // react-admin 5.15 still hands MUI 9 the removed InputLabelProps.)
  <TextInput key="from" source="from" type="date" alwaysOn slotProps={{ inputLabel: { shrink: true } }} />,
  <TextInput key="to" source="to" type="date" alwaysOn slotProps={{ inputLabel: { shrink: true } }} />,
  <TextInput key="userId" source="userId" />,
  <TextInput key="entityId" source="entityId" />,
];

export const ActionChip = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<AuditLog>();
  return record?.action ? (
    <Chip label={record.action} variant="outlined" sx={{ fontFamily: 'monospace', borderRadius: 1 }} />
  ) : null;
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
    </TopToolbar>
  );
};

const Column = DataTable.Col<AuditLog>;

export const AuditLogList = () => (
  <List
    filters={filters}
    sort={{ field: 'at', order: 'DESC' }}
    perPage={25}
    exporter={false}
    actions={<AuditListActions />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <Column source="at">
        <OfficeDateTimeField source="at" />
      </Column>
      <Column source="username" />
      <Column source="action">
        <ActionChip />
      </Column>
      <Column source="entityType">
        <EntityTypeField />
      </Column>
      <Column source="entityId" disableSort />
      <Column source="ip" disableSort />
    </DataTable>
  </List>
);
