import { Box } from '@mui/material';
import { useMemo } from 'react';
import {
  FormDataConsumer,
  RadioButtonGroupInput,
  TextInput,
  email,
  maxLength,
  regex,
  required,
  useLocaleState,
  type Validator,
} from 'react-admin';
import { requesterTypeChoices } from '../common/choices';
import { identityOf, nikProblem } from './identity';

const Row = ({ children }: { children: React.ReactNode }) => (
  <Box sx={{ display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}>{children}</Box>
);

const label = (field: string) => `resources.requesters.fields.${field}`;

function valueAt(values: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      values,
    );
}

/**
 * The requester's identity and contact, by type (person: KTP/NIK; entity: deed + ratification; group:
 * power of attorney + the representative's NIK). `prefix` is "requester." inside the intake form.
 */
export const RequesterFields = ({ prefix = '', nikReadOnly = false }: { prefix?: string; nikReadOnly?: boolean }) => (
  <FormDataConsumer>
    {({ formData }) => (
      <TypedFields
        prefix={prefix}
        nikReadOnly={nikReadOnly}
        type={String(valueAt(formData, `${prefix}type`) ?? 'person')}
      />
    )}
  </FormDataConsumer>
);

const TypedFields = ({ prefix, nikReadOnly, type }: { prefix: string; nikReadOnly: boolean; type: string }) => {
  const [locale] = useLocaleState();
  const needs = identityOf(type);

  const validate = useMemo(() => {
    const nik: Validator = (value) => nikProblem(value, locale);
    const contact: Validator = (_value, all) =>
      valueAt(all, `${prefix}phone`) || valueAt(all, `${prefix}email`)
        ? undefined
        : 'lentera.requesters.contact_required';
    return {
      name: [required(), maxLength(200)],
      nik: [required(), regex(/^(\d{16}|\d{4}\*+\d{4})$/, 'lentera.requesters.nik_format'), nik],
      deed: [required(), maxLength(100)],
      poaRequired: [required(), maxLength(200)],
      poa: [maxLength(200)],
      representative: [maxLength(200)],
      address: [required(), maxLength(500)],
      phone: [regex(/^[0-9+()\-\s]{6,30}$/, 'lentera.requesters.phone_invalid'), contact],
      email: [email(), maxLength(200), contact],
      occupation: [maxLength(100)],
    };
  }, [locale, prefix]);

  return (
    <>
      <RadioButtonGroupInput
        source={`${prefix}type`}
        label={label('type')}
        choices={requesterTypeChoices}
        defaultValue="person"
        validate={required()}
        row
      />
      <TextInput source={`${prefix}name`} label={`lentera.requesters.name_${type}`} validate={validate.name} />
      {needs.nik && (
        <TextInput
          source={`${prefix}nik`}
          label={type === 'group' ? 'lentera.requesters.nik_representative' : label('nik')}
          validate={nikReadOnly ? undefined : validate.nik}
          readOnly={nikReadOnly}
          helperText={nikReadOnly ? 'lentera.requesters.nik_masked' : 'lentera.requesters.nik_hint'}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 16, autoComplete: 'off' } }}
        />
      )}
      {needs.representative && (
        <TextInput
          source={`${prefix}representativeName`}
          label={label('representativeName')}
          validate={validate.representative}
        />
      )}
      {needs.deed && (
        <Row>
          <TextInput source={`${prefix}deedNumber`} label={label('deedNumber')} validate={validate.deed} />
          <TextInput
            source={`${prefix}ratificationNumber`}
            label={label('ratificationNumber')}
            validate={validate.deed}
          />
        </Row>
      )}
      {needs.poa !== 'none' && (
        <TextInput
          source={`${prefix}powerOfAttorney`}
          label={label('powerOfAttorney')}
          validate={needs.poa === 'required' ? validate.poaRequired : validate.poa}
          helperText={needs.poa === 'required' ? 'lentera.requesters.poa_required_hint' : 'lentera.requesters.poa_hint'}
        />
      )}
      <TextInput
        source={`${prefix}address`}
        label={label('address')}
        validate={validate.address}
        multiline
        minRows={2}
      />
      <Row>
        <TextInput source={`${prefix}phone`} label={label('phone')} validate={validate.phone} type="tel" />
        <TextInput source={`${prefix}email`} label={label('email')} validate={validate.email} type="email" />
      </Row>
      <TextInput source={`${prefix}occupation`} label={label('occupation')} validate={validate.occupation} />
    </>
  );
};
