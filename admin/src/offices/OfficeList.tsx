import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
} from 'react-admin';
import { levelChoices } from '../common/choices';
import { LevelField, TimeZoneField } from '../common/fields';
import type { Office } from '../api/types';
import { CardLine, ResponsiveDataTable, type ListCard } from '../common/ResponsiveDataTable';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="level" source="level" choices={levelChoices} alwaysOn />,
  <ReferenceInput key="parentId" source="parentId" reference="offices">
    <AutocompleteInput label="resources.offices.fields.parentId" />
  </ReferenceInput>,
];

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
  <List filters={filters} sort={{ field: 'path', order: 'ASC' }} perPage={25} exporter={false}>
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
