import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { Create, Edit } from 'react-admin';
import type { Unit } from '../api/types';
import { UnitForm } from './UnitForm';
import { UnitList } from './UnitList';

const UnitCreate = () => (
  <Create redirect="list">
    <UnitForm />
  </Create>
);

const UnitEdit = () => (
  <Edit redirect="list" mutationMode="pessimistic">
    <UnitForm />
  </Edit>
);

export default {
  list: UnitList,
  create: UnitCreate,
  edit: UnitEdit,
  icon: AccountTreeIcon,
  recordRepresentation: (record: Unit) => `${record.code} — ${record.name}`,
};
