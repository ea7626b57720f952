import { Alert } from '@mui/material';
import {
  BooleanInput,
  CheckboxGroupInput,
  PasswordInput,
  SimpleForm,
  TextInput,
  email,
  maxLength,
  minLength,
  regex,
  required,
  useTranslate,
} from 'react-admin';
import { roleChoices } from '../common/choices';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';
import { ActiveUnitInput } from '../common/UnitInput';

export const MIN_PASSWORD_LENGTH = 12;

const atLeastOneRole = (value: unknown) =>
  Array.isArray(value) && value.length > 0 ? undefined : 'lentera.users.roles_required';

const validate = {
  username: [required(), minLength(3), maxLength(64)],
  newPassword: [required(), minLength(MIN_PASSWORD_LENGTH), maxLength(200)],
  changedPassword: [minLength(MIN_PASSWORD_LENGTH), maxLength(200)],
  fullName: [required(), maxLength(150)],
  nip: [regex(/^\d{18}$/, 'lentera.users.nip_invalid')],
  position: [maxLength(150)],
  email: [email(), maxLength(254)],
  roles: [atLeastOneRole],
};

/** One form for create and edit: on edit the username is fixed and the password may stay empty. */
export const UserForm = ({ mode }: { mode: 'create' | 'edit' }) => {
  const translate = useTranslate();
  const editing = mode === 'edit';
  return (
    <SimpleForm toolbar={<SaveOnlyToolbar />} sx={{ maxWidth: 640 }}>
      {!editing && (
        <Alert severity="info" sx={{ mb: 1, width: '100%' }}>
          {translate('lentera.users.office_note')}
        </Alert>
      )}
      <TextInput
        source="username"
        validate={editing ? undefined : validate.username}
        readOnly={editing}
        helperText={editing ? 'lentera.users.username_readonly' : false}
        autoComplete="off"
      />
      <PasswordInput
        source="password"
        validate={editing ? validate.changedPassword : validate.newPassword}
        helperText={editing ? 'lentera.users.password_edit_hint' : 'lentera.users.password_hint'}
        autoComplete="new-password"
      />
      <TextInput source="fullName" validate={validate.fullName} />
      <TextInput
        source="nip"
        validate={validate.nip}
        helperText="lentera.users.nip_hint"
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 18 } }}
      />
      <TextInput source="position" validate={validate.position} />
      <TextInput source="email" type="email" validate={validate.email} />
      <CheckboxGroupInput source="roles" choices={roleChoices} validate={validate.roles} row={false} />
      <ActiveUnitInput emptyText="lentera.users.no_unit" helperText="lentera.users.unit_hint" />
      <BooleanInput source="active" defaultValue={true} />
      <BooleanInput source="dailyDigest" defaultValue={false} helperText="lentera.users.digest_hint" />
    </SimpleForm>
  );
};
