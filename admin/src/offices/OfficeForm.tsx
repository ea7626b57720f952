import { Alert, Box } from '@mui/material';
import {
  AutocompleteInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  email,
  maxLength,
  regex,
  required,
  useTranslate,
} from 'react-admin';
import { SectionHeading } from '../common/SectionHeading';
import { levelChoices, timeZoneChoices } from '../common/choices';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';

const validate = {
  level: [required()],
  code: [required(), maxLength(32), regex(/^[A-Za-z0-9.-]+$/, 'lentera.validation.code_invalid')],
  name: [required(), maxLength(200)],
  line: [maxLength(200)],
  address: [maxLength(500)],
  city: [maxLength(100)],
  postalCode: [regex(/^\d{5}$/, 'lentera.validation.postal_code_invalid')],
  phone: [maxLength(50)],
  email: [email(), maxLength(254)],
  website: [regex(/^https?:\/\/\S+$/i, 'lentera.validation.url_invalid'), maxLength(254)],
  timeZone: [required()],
};

const Row = ({ children }: { children: React.ReactNode }) => (
  <Box sx={{ display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}>{children}</Box>
);

/** On edit the level and parent stay as created (they define who sees the office). */
export const OfficeForm = ({ mode }: { mode: 'create' | 'edit' }) => {
  const translate = useTranslate();
  const creating = mode === 'create';
  return (
    <SimpleForm toolbar={<SaveOnlyToolbar />} sx={{ maxWidth: 760 }}>
      <SectionHeading text="lentera.offices.sections.identity" />
      {creating ? (
        <Row>
          <ReferenceInput source="parentId" reference="offices">
            <AutocompleteInput label="resources.offices.fields.parentId" />
          </ReferenceInput>
          <SelectInput source="level" choices={levelChoices} validate={validate.level} />
        </Row>
      ) : (
        <Alert severity="info" sx={{ width: '100%', mb: 1 }}>
          {translate('lentera.offices.level_change_note')}
        </Alert>
      )}
      <Row>
        <TextInput source="code" validate={validate.code} sx={{ maxWidth: { sm: 200 } }} />
        <TextInput source="name" validate={validate.name} />
      </Row>
      <SelectInput
        source="timeZone"
        choices={timeZoneChoices}
        validate={validate.timeZone}
        defaultValue="Asia/Jakarta"
      />
      <SectionHeading text="lentera.offices.sections.letterhead" />
      <TextInput source="letterheadLine1" validate={validate.line} />
      <TextInput source="letterheadLine2" validate={validate.line} />
      <SectionHeading text="lentera.offices.sections.contact" />
      <TextInput source="address" multiline minRows={2} validate={validate.address} />
      <Row>
        <TextInput source="city" validate={validate.city} />
        <TextInput source="postalCode" validate={validate.postalCode} sx={{ maxWidth: { sm: 160 } }} />
      </Row>
      <Row>
        <TextInput source="phone" validate={validate.phone} />
        <TextInput source="email" type="email" validate={validate.email} />
      </Row>
      <TextInput source="website" validate={validate.website} />
    </SimpleForm>
  );
};
