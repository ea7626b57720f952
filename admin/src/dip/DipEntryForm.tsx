import SendIcon from '@mui/icons-material/Send';
import { Alert, Box } from '@mui/material';
import {
  Create,
  Edit,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  maxLength,
  required,
  useGetOne,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { canEditDipEntry } from '../access';
import { useRecordAction } from '../common/mutations';
import { Permission } from '../permissions';
import { useDipActor } from './fields';
import type { DipEntry } from './types';
import { ActiveUnitInput } from '../common/UnitInput';

// The server's limits (server/src/dip/dto.ts).
const validate = {
  title: [required(), maxLength(300)],
  summary: [maxLength(5000)],
  holder: [required(), maxLength(200)],
  responsible: [required(), maxLength(200)],
  madeWhenWhere: [required(), maxLength(200)],
  formAvailable: [required(), maxLength(100)],
  retention: [required(), maxLength(100)],
};

/** What the form may do for this user and this entry. */
function useFormRights(mode: 'create' | 'edit') {
  const { permissions, actor } = useDipActor();
  const record = useRecordContext<DipEntry>();
  const manages = !!permissions?.includes(Permission.DipManage);
  const noUnit = !manages && (actor?.unitId === null || actor?.unitId === undefined);
  const editable = mode === 'create' ? !noUnit : canEditDipEntry(permissions, actor, record);
  // A liaison officer saves a draft or sends it on; the PPID classifies instead of submitting.
  const offerSubmit = editable && !manages && (mode === 'create' || record?.status === 'draft');
  return { manages, noUnit, editable, offerSubmit, unitId: actor?.unitId };
}

const FormToolbar = ({ mode }: { mode: 'create' | 'edit' }) => {
  const notify = useNotify();
  const redirect = useRedirect();
  const { editable, offerSubmit } = useFormRights(mode);
  const submit = useRecordAction('dip-entries', undefined, {
    done: () => ({ message: 'lentera.dip.show.submitted' }),
  });
  const saveAndSubmit = {
    onSuccess: async (data: { id: number | string }) => {
      try {
        await submit.mutateAsync({ action: 'submit', id: data.id });
      } catch (error) {
        // Saved but not submitted (e.g. someone changed it meanwhile): the page shows it as a draft.
        notify((error as Error).message, { type: 'error' });
      }
      redirect('show', 'dip-entries', data.id);
    },
  };
  return (
    <Toolbar sx={{ gap: 1 }}>
      <SaveButton label={offerSubmit ? 'lentera.dip.form.save_draft' : 'ra.action.save'} disabled={!editable} />
      {offerSubmit && (
        <SaveButton
          type="button"
          variant="outlined"
          label="lentera.dip.form.save_submit"
          icon={<SendIcon />}
          mutationOptions={saveAndSubmit}
        />
      )}
    </Toolbar>
  );
};

const UnitNote = ({ unitId }: { unitId: number | string }) => {
  const translate = useTranslate();
  const { data: unit } = useGetOne('units', { id: unitId });
  return (
    <Alert severity="success" sx={{ width: '100%', mb: 1 }} data-testid="dip-own-unit">
      {translate('lentera.dip.form.own_unit')}
      {unit?.name ? (
        <Box component="strong" sx={{ ml: 0.5 }}>
          {unit.name}
        </Box>
      ) : null}
    </Alert>
  );
};

/**
 * The fields of SOP 3 (ringkasan, pejabat/unit yang menguasai, penanggung jawab, waktu dan tempat, bentuk, retensi),
 * each explained. A liaison officer proposes for their own unit; the PPID may name any unit of the office.
 */
export const DipEntryForm = ({ mode }: { mode: 'create' | 'edit' }) => {
  const translate = useTranslate();
  const { manages, noUnit, editable, unitId } = useFormRights(mode);
  // Shown, not changeable: the server would refuse the save anyway (403).
  const readOnly = !editable;
  return (
    <SimpleForm toolbar={<FormToolbar mode={mode} />} sx={{ maxWidth: 800 }}>
      {mode === 'create' && (
        <Alert severity="info" sx={{ width: '100%', mb: 1 }}>
          {translate('lentera.dip.form.intro')}
        </Alert>
      )}
      {noUnit && (
        <Alert severity="warning" sx={{ width: '100%', mb: 1 }} data-testid="dip-no-unit">
          {translate('lentera.dip.form.no_unit')}
        </Alert>
      )}
      {mode === 'edit' && !editable && !noUnit && (
        <Alert severity="warning" sx={{ width: '100%', mb: 1 }}>
          {translate('lentera.dip.form.not_editable')}
        </Alert>
      )}
      {!manages && editable && unitId !== null && unitId !== undefined && <UnitNote unitId={unitId} />}
      <TextInput
        source="title"
        multiline
        validate={validate.title}
        helperText="lentera.dip.hints.title"
        readOnly={readOnly}
      />
      <TextInput
        source="summary"
        multiline
        minRows={2}
        validate={validate.summary}
        helperText="lentera.dip.hints.summary"
        readOnly={readOnly}
      />
      <TextInput source="holder" validate={validate.holder} helperText="lentera.dip.hints.holder" readOnly={readOnly} />
      <TextInput
        source="responsible"
        validate={validate.responsible}
        helperText="lentera.dip.hints.responsible"
        readOnly={readOnly}
      />
      <Box sx={{ display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', md: 'nowrap' } }}>
        <TextInput
          source="madeWhenWhere"
          validate={validate.madeWhenWhere}
          helperText="lentera.dip.hints.madeWhenWhere"
          readOnly={readOnly}
        />
        <TextInput
          source="formAvailable"
          validate={validate.formAvailable}
          helperText="lentera.dip.hints.formAvailable"
          readOnly={readOnly}
        />
        <TextInput
          source="retention"
          validate={validate.retention}
          helperText="lentera.dip.hints.retention"
          readOnly={readOnly}
        />
      </Box>
      {manages && <ActiveUnitInput helperText="lentera.dip.hints.unitId" readOnly={readOnly} />}
    </SimpleForm>
  );
};

export const DipEntryCreate = () => (
  <Create redirect="show" title="lentera.dip.form.create_title">
    <DipEntryForm mode="create" />
  </Create>
);

// Pessimistic: a 403 (not the unit's own draft any more) or a 409 (changed meanwhile) must stop the save.
export const DipEntryEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <DipEntryForm mode="edit" />
  </Edit>
);
