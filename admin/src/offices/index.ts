import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { OfficeCreate } from './OfficeCreate';
import { OfficeEdit } from './OfficeEdit';
import { OfficeList } from './OfficeList';
import { OfficeShow } from './OfficeShow';

export default {
  list: OfficeList,
  show: OfficeShow,
  create: OfficeCreate,
  edit: OfficeEdit,
  icon: AccountBalanceIcon,
  recordRepresentation: 'name',
};
