import { Edit } from 'react-admin';
import { OfficeForm } from './OfficeForm';

// Pessimistic so the server's field errors (e.g. a duplicate code) appear under the inputs.
export const OfficeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <OfficeForm mode="edit" />
  </Edit>
);
