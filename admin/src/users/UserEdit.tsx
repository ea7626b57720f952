import { Edit } from 'react-admin';
import { UserForm } from './UserForm';

// Pessimistic: the server's field errors (e.g. a NIP already in use) must land under the inputs.
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <UserForm mode="edit" />
  </Edit>
);
