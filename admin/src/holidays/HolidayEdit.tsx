import { Edit } from 'react-admin';
import { HolidayForm } from './HolidayForm';

// Pessimistic: a 403 (a holiday this office does not own) or a 409 (a duplicate date) must stop the save.
export const HolidayEdit = () => (
  <Edit redirect="list" mutationMode="pessimistic">
    <HolidayForm mode="edit" />
  </Edit>
);
