import { Alert } from '@mui/material';
import { SelectInput, SimpleForm, TextInput, maxLength, required, useRecordContext, useTranslate } from 'react-admin';
import { creatableHolidayKinds } from '../access';
import type { Holiday } from '../api/types';
import { useMyOffice } from './HolidayList';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';
import { DateInputId } from '../common/DateInputId';

const validate = {
  date: [required()],
  name: [required(), maxLength(200)],
  kind: [required()],
};

/**
 * Date, name and kind. A new holiday of a regency or province office can only be a local closure;
 * on edit, a national holiday stays national (or cuti bersama) and a local closure stays local.
 */
export const HolidayForm = ({ mode }: { mode: 'create' | 'edit' }) => {
  const translate = useTranslate();
  const office = useMyOffice();
  const record = useRecordContext<Holiday>();
  const kinds =
    mode === 'create'
      ? creatableHolidayKinds(office)
      : record?.kind === 'local'
        ? (['local'] as const)
        : (['national', 'cuti_bersama'] as const);
  const choices = kinds.map((id) => ({ id, name: `lentera.holidays.kinds.${id}` }));
  return (
    <SimpleForm
      toolbar={<SaveOnlyToolbar />}
      sx={{ maxWidth: 560 }}
      defaultValues={mode === 'create' ? { kind: kinds[0] } : undefined}
    >
      <Alert severity="info" sx={{ width: '100%', mb: 1 }}>
        {translate('lentera.holidays.recompute_note')}
      </Alert>
      <DateInputId source="date" validate={validate.date} />
      <TextInput source="name" validate={validate.name} />
      <SelectInput source="kind" choices={choices} validate={validate.kind} />
    </SimpleForm>
  );
};
