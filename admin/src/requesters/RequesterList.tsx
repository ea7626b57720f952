import { Chip } from '@mui/material';
import { DataTable, List, SelectInput, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { requesterTypeChoices } from '../common/choices';
import { OfficeDateTimeField } from '../common/fields';
import type { Requester } from '../api/types';
import { ExportListActions } from '../common/ExportMenu';
import { exportSpec } from '../common/exporter';
import { CardLine, ResponsiveDataTable, type ListCard } from '../common/ResponsiveDataTable';
import { withSearch } from '../common/filters';

const filters = withSearch([
  <SelectInput key="type" source="type" choices={requesterTypeChoices} alwaysOn />,
  <TextInput key="nik" source="nik" slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 16 } }} />,
  <TextInput key="email" source="email" type="email" />,
]);

export const RequesterTypeChip = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<Requester>();
  const translate = useTranslate();
  return record ? (
    <Chip variant="outlined" label={translate(`lentera.requesters.types.${record.type}`, { _: record.type })} />
  ) : null;
};

/** The requester list's export: the NIK as the list shows it (masked by the API), never in full. */
export const requesterExport = exportSpec<Requester>({
  file: 'pemohon',
  columns: [
    { header: 'resources.requesters.fields.name', value: (r) => r.name },
    { header: 'resources.requesters.fields.type', value: (r, t) => t.label('lentera.requesters.types', r.type) },
    { header: 'resources.requesters.fields.nik', value: (r) => r.nik },
    { header: 'resources.requesters.fields.phone', value: (r) => r.phone },
    { header: 'resources.requesters.fields.email', value: (r) => r.email },
    { header: 'resources.requesters.fields.occupation', value: (r) => r.occupation },
    { header: 'resources.requesters.fields.createdAt', value: (r, t) => t.dateTime(r.createdAt) },
  ],
});

const Column = DataTable.Col<Requester>;

/** On a phone: the requester's name and type, how to reach them and the (masked) NIK under it. */
const CARD: ListCard<Requester> = {
  primaryText: (r) => r.name,
  tertiaryText: () => <RequesterTypeChip />,
  secondaryText: (r) => (
    <>
      <CardLine strong>{[r.email, r.phone].filter(Boolean).join(' · ') || '—'}</CardLine>
      {r.nik && <CardLine>{r.nik}</CardLine>}
    </>
  ),
};

/** Pemohon of the office; the API masks the NIK in lists. */
export const RequesterList = () => (
  <List
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    actions={<ExportListActions spec={requesterExport} />}
  >
    <ResponsiveDataTable card={CARD} rowClick="show" bulkActionButtons={false}>
      <Column source="name" />
      <Column source="type">
        <RequesterTypeChip />
      </Column>
      <Column source="nik" disableSort cellSx={() => ({ fontFamily: 'monospace', whiteSpace: 'nowrap' })} />
      <Column source="phone" disableSort />
      <Column source="email" disableSort />
      <Column source="occupation" disableSort />
      <Column source="createdAt" field={OfficeDateTimeField} />
    </ResponsiveDataTable>
  </List>
);
