import { BooleanField, DataTable, List, NullableBooleanInput } from 'react-admin';
import { OfficeDateTimeField } from '../common/fields';
import type { Unit } from '../api/types';

// The API filters units by id, office and active only (no free-text search).
const filters = [<NullableBooleanInput key="active" source="active" alwaysOn />];

const Column = DataTable.Col<Unit>;

export const UnitList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
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
