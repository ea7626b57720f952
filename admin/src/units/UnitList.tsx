import { BooleanField, DataTable, List, NullableBooleanInput } from 'react-admin';
import { OfficeDateTimeField } from '../common/fields';
import type { Unit } from '../api/types';
import { ExportListActions } from '../common/ExportMenu';
import { exportSpec } from '../common/exporter';

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

export const UnitList = () => (
  <List
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    actions={<ExportListActions spec={unitExport} />}
  >
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <Column source="code" />
      <Column source="name" />
      <Column source="active" disableSort>
        <BooleanField source="active" />
      </Column>
      <Column source="updatedAt" disableSort>
        <OfficeDateTimeField source="updatedAt" />
      </Column>
    </DataTable>
  </List>
);
