import { Create } from 'react-admin';
import { OfficeForm } from './OfficeForm';

export const OfficeCreate = () => (
  <Create redirect="show">
    <OfficeForm mode="create" />
  </Create>
);
