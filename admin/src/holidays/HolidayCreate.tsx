import { Create } from 'react-admin';
import { HolidayForm } from './HolidayForm';

export const HolidayCreate = () => (
  <Create redirect="list">
    <HolidayForm mode="create" />
  </Create>
);
