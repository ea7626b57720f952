import { Chip, Typography } from '@mui/material';
import {
  DataTable,
  DateInput,
  FilterButton,
  List,
  TextInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { OfficeDateTimeField, useOfficeZoneLabel } from '../common/fields';
import type { AuditLog } from '../types';

const filters = [
  <TextInput key="action" source="action" alwaysOn />,
  <TextInput key="entityType" source="entityType" alwaysOn />,
  <TextInput key="username" source="username" alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <TextInput key="userId" source="userId" />,
  <TextInput key="entityId" source="entityId" />,
];

export const ActionChip = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<AuditLog>();
  return record?.action ? (
    <Chip label={record.action} variant="outlined" sx={{ fontFamily: 'monospace', borderRadius: 1 }} />
  ) : null;
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
      <Column source="entityType" />
      <Column source="entityId" disableSort />
      <Column source="ip" disableSort />
    </DataTable>
  </List>
);
