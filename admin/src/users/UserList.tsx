import {
  AutocompleteInput,
  BooleanField,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SelectInput,
  TextField,
} from 'react-admin';
import { roleChoices } from '../common/choices';
import { RoleChips } from '../common/fields';
import type { User } from '../api/types';
import { ExportListActions } from '../common/ExportMenu';
import { exportSpec } from '../common/exporter';
import { CardLine, ResponsiveDataTable, type ListCard } from '../common/ResponsiveDataTable';
import { withSearch } from '../common/filters';

const filters = withSearch([
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
  <ReferenceInput key="officeId" source="officeId" reference="offices">
    <AutocompleteInput label="resources.users.fields.office" />
  </ReferenceInput>,
]);

/** The user list's export: no password, no session, only what the list shows. */
export const userExport = exportSpec<User>({
  file: 'pengguna',
  columns: [
    { header: 'resources.users.fields.username', value: (u) => u.username },
    { header: 'resources.users.fields.fullName', value: (u) => u.fullName },
    { header: 'resources.users.fields.nip', value: (u) => u.nip },
    { header: 'resources.users.fields.position', value: (u) => u.position },
    {
      header: 'resources.users.fields.roles',
      value: (u, t) => u.roles.map((r) => t.label('lentera.roles', r)).join(', '),
    },
    { header: 'resources.users.fields.active', value: (u, t) => t.yesNo(u.active) },
    { header: 'resources.users.fields.office', value: (u) => u.office?.name ?? null },
  ],
});

const Column = DataTable.Col<User>;

/** On a phone: the user's name and username, roles and office under it. */
const CARD: ListCard<User> = {
  primaryText: (r) => r.fullName,
  tertiaryText: (r) => r.username,
  secondaryText: (r) => (
    <>
      <CardLine>
        <RoleChips />
      </CardLine>
      <CardLine strong>{r.office?.name ?? '—'}</CardLine>
    </>
  ),
};

export const UserList = () => (
  <List
    filters={filters}
    sort={{ field: 'fullName', order: 'ASC' }}
    perPage={25}
    actions={<ExportListActions spec={userExport} />}
  >
    <ResponsiveDataTable card={CARD} rowClick="show" bulkActionButtons={false}>
      <Column source="username" />
      <Column source="fullName" />
      <Column source="nip" disableSort />
      <Column source="position" />
      <Column source="roles" disableSort>
        <RoleChips />
      </Column>
      <Column source="active" field={BooleanField} />
      <Column source="office.name" label="resources.users.fields.office" disableSort cellSx={() => ({ minWidth: 160 })}>
        <TextField source="office.name" />
      </Column>
    </ResponsiveDataTable>
  </List>
);
