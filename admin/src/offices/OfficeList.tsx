import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, SelectInput } from 'react-admin';
import { levelChoices } from '../common/choices';
import { LevelField, TimeZoneField } from '../common/fields';
import type { Office } from '../api/types';
import { ExportListActions } from '../common/ExportMenu';
import { exportSpec } from '../common/exporter';
import { CardLine, ResponsiveDataTable, type ListCard } from '../common/ResponsiveDataTable';
import { withSearch } from '../common/filters';

const filters = withSearch([
  <SelectInput key="level" source="level" choices={levelChoices} alwaysOn />,
  <ReferenceInput key="parentId" source="parentId" reference="offices">
    <AutocompleteInput label="resources.offices.fields.parentId" />
  </ReferenceInput>,
]);

export const officeExport = exportSpec<Office>({
  file: 'kantor',
  related: [{ source: 'parentId', reference: 'offices' }],
  columns: [
    { header: 'resources.offices.fields.code', value: (o) => o.code },
    { header: 'resources.offices.fields.name', value: (o) => o.name },
    { header: 'resources.offices.fields.level', value: (o, t) => t.label('lentera.levels', o.level) },
    { header: 'resources.offices.fields.city', value: (o) => o.city },
    { header: 'resources.offices.fields.timeZone', value: (o, t) => t.label('lentera.time_zones', o.timeZone) },
    { header: 'resources.offices.fields.parentId', value: (o, t) => t.ref('offices', o.parentId, 'name') },
  ],
});

const Column = DataTable.Col<Office>;

/** On a phone: the office's name and code, its level, city and zone under it. */
const CARD: ListCard<Office> = {
  primaryText: (r) => r.name,
  tertiaryText: (r) => r.code,
  secondaryText: (r) => (
    <CardLine>
      <LevelField /> · {r.city ?? '—'} · <TimeZoneField />
    </CardLine>
  ),
};

export const OfficeList = () => (
  <List
    filters={filters}
    sort={{ field: 'path', order: 'ASC' }}
    perPage={25}
    actions={<ExportListActions spec={officeExport} />}
  >
    <ResponsiveDataTable card={CARD} rowClick="show" bulkActionButtons={false}>
      <Column source="code" />
      <Column source="name" />
      <Column source="level">
        <LevelField />
      </Column>
      <Column source="city" />
      <Column source="timeZone" disableSort>
        <TimeZoneField />
      </Column>
      <Column source="parentId" disableSort>
        <ReferenceField source="parentId" reference="offices" link="show" emptyText="—" />
      </Column>
    </ResponsiveDataTable>
  </List>
);
