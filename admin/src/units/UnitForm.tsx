import { BooleanInput, SimpleForm, TextInput, maxLength, regex, required } from 'react-admin';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';

const validate = {
  code: [required(), regex(/^[A-Z0-9-]{2,20}$/, 'lentera.units.code_invalid')],
  name: [required(), maxLength(200)],
};

export const UnitForm = () => (
  <SimpleForm toolbar={<SaveOnlyToolbar />} sx={{ maxWidth: 640 }}>
    <TextInput
      source="code"
      validate={validate.code}
      helperText="lentera.units.code_hint"
      parse={(v: string) => (v ?? '').toUpperCase()}
      sx={{ maxWidth: 240 }}
    />
    <TextInput source="name" validate={validate.name} />
    <BooleanInput source="active" defaultValue={true} helperText="lentera.units.active_hint" />
  </SimpleForm>
);
