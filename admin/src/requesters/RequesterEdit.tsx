import { Edit, SaveButton, SimpleForm, Toolbar, useRecordContext } from 'react-admin';
import type { Requester } from '../types';
import { RequesterFields } from './RequesterFields';
import { requesterEditData } from './identity';

const FormToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

const Fields = () => {
  const record = useRecordContext<Requester>();
  return <RequesterFields nikReadOnly={!!record?.nikMasked} />;
};

// Pessimistic: the server's field errors (a NIK that fails its checks) must land under the inputs.
export const RequesterEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={requesterEditData}>
    <SimpleForm toolbar={<FormToolbar />} sx={{ maxWidth: 760 }}>
      <Fields />
    </SimpleForm>
  </Edit>
);
