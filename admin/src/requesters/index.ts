import ContactPageIcon from '@mui/icons-material/ContactPage';
import { RequesterEdit } from './RequesterEdit';
import { RequesterList } from './RequesterList';
import { RequesterShow } from './RequesterShow';

export default {
  list: RequesterList,
  show: RequesterShow,
  edit: RequesterEdit,
  icon: ContactPageIcon,
  recordRepresentation: 'name',
};
