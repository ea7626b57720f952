import { BooleanField, DataTable, List, NullableBooleanInput } from 'react-admin';
import { OfficeDateTimeField } from '../common/fields';
import type { Unit } from '../api/types';
import { ExportListActions } from '../common/ExportMenu';
import { exportSpec } from '../common/exporter';
import { CardLine, ResponsiveDataTable, type ListCard } from '../common/ResponsiveDataTable';

// The API filters units by id, office and active only (no free-text search).
const filters = [<NullableBooleanInput key="active" source="active" alwaysOn />];

export const unitExport = exportSpec<Unit>({
  file: 'unit-penghubung',
  columns: [
    { header: 'resources.units.fields.code', value: (u) => u.code },
    { header: 'resources.units.fields.name', value: (u) => u.name },
    { header: 'resources.units.fields.active', value: (u, t) => t.yesNo(u.active) },
    { header: 'resources.units.fields.updatedAt', value: (u, t) => t.dateTime(u.updatedAt) },
  ],
});

const Column = DataTable.Col<Unit>;

/** On a phone: the unit's name and code, whether it is active and when it last changed. */
const CARD: ListCard<Unit> = {
  primaryText: (r) => r.name,
  tertiaryText: (r) => r.code,
  secondaryText: () => (
    <CardLine>
      <BooleanField source="active" /> · <OfficeDateTimeField source="updatedAt" />
    </CardLine>
  ),
};

export const UnitList = () => (
  <List
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    actions={<ExportListActions spec={unitExport} />}
  >
    <ResponsiveDataTable card={CARD} rowClick="edit" bulkActionButtons={false}>
      <Column source="code" />
      <Column source="name" />
      <Column source="active" disableSort field={BooleanField} />
      <Column source="updatedAt" disableSort field={OfficeDateTimeField} />
    </ResponsiveDataTable>
  </List>
);
