import { Alert } from '@mui/material';
import { Edit, SimpleForm, useRecordContext, useTranslate } from 'react-admin';
import { TextArea } from '../common/TextArea';
import type { Requester } from '../api/types';
import { RequesterFields } from './RequesterFields';
import { requesterEditData } from './identity';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';

const Fields = () => {
  const record = useRecordContext<Requester>();
  const translate = useTranslate();
  return (
    <>
      <Alert severity="info" sx={{ mb: 2, width: '100%' }} data-testid="identity-edit-note">
        {translate('lentera.identity.edit_note', { version: record?.version ?? 1 })}
      </Alert>
      <RequesterFields nikReadOnly={!!record?.nikMasked} />
      {/* the reason is not part of the identity: it goes with the change and into the version's history */}
      <TextArea
        source="reason"
        label="lentera.identity.reason"
        helperText="lentera.identity.reason_hint"
        minRows={2}
        max={500}
        defaultValue=""
      />
    </>
  );
};

// Pessimistic: the server's field errors (a NIK that fails its checks, a missing reason) must land under the inputs.
export const RequesterEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={requesterEditData}>
    <SimpleForm toolbar={<SaveOnlyToolbar />} sx={{ maxWidth: 760 }}>
      <Fields />
    </SimpleForm>
  </Edit>
);
