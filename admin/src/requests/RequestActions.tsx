import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import GavelIcon from '@mui/icons-material/Gavel';
import HourglassDisabledIcon from '@mui/icons-material/HourglassDisabled';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import UndoIcon from '@mui/icons-material/Undo';
import { Box, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import {
  ArrayInput,
  CheckboxGroupInput,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  minValue,
  required,
  useLocaleState,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { TextArea } from '../common/TextArea';
import { offeredRequestActions, type RequestAction } from '../access';
import { LifecycleActions } from '../common/ActionButtons';
import { ActionDialog as StepDialog } from '../common/ActionDialog';
import { decisionChoices, deliverViaChoices, formChoices, refusalBasisChoices } from '../common/choices';
import { formatDate, todayIn } from '../common/dates';
import { useOfficeTimeZone } from '../common/fields';
import { EXEMPTIONS } from '../common/legal';
import { useDoneNote, useRecordAction } from '../common/mutations';
import type { InfoRequest } from '../api/types';
import { actionBlocked, actionBody, givesInformation, needsExemption } from './actions';
import { ActiveUnitInput } from '../common/UnitInput';
import { DateInputId, DateTimeInputId } from '../common/DateInputId';

const ICONS: Record<RequestAction, ReactElement> = {
  incomplete: <ReportProblemOutlinedIcon />,
  complete: <CheckCircleOutlinedIcon />,
  lapse: <HourglassDisabledIcon />,
  assign: <AssignmentIndIcon />,
  extend: <EventRepeatIcon />,
  decide: <GavelIcon />,
  deliver: <LocalShippingIcon />,
  close: <DoneAllIcon />,
  withdraw: <UndoIcon />,
};

/** The main step forward of each status is a filled button; the others are outlined. */
const PRIMARY: RequestAction[] = ['assign', 'decide', 'deliver', 'close', 'complete'];
const QUIET: RequestAction[] = ['withdraw', 'lapse'];

const text = (field: string) => `lentera.requests.action_fields.${field}`;

const NoteField = ({ required: isRequired }: { required: boolean }) => (
  <TextInput
    source="note"
    label={text('note')}
    multiline
    minRows={3}
    validate={isRequired ? [required(), maxLength(2000)] : [maxLength(2000)]}
  />
);

const AssignFields = ({ record }: { record: InfoRequest }) => (
  <ArrayInput
    source="assignments"
    label={false}
    validate={(v: unknown) => (Array.isArray(v) && v.length ? undefined : 'ra.validation.required')}
  >
    <SimpleFormIterator disableReordering fullWidth>
      <ActiveUnitInput label={text('unit')} validate={required()} />
      <TextArea source="instruction" label={text('instruction')} minRows={2} max={2000} />
      <DateInputId
        source="dueDate"
        label={text('unit_due')}
        helperText="lentera.requests.action_fields.unit_due_hint"
        max={record.effectiveDueDate ?? undefined}
      />
    </SimpleFormIterator>
  </ArrayInput>
);

/** A letter of UU 14/2008 Pasal 17 in the refusal-basis list: its title, and the clause as the law words it. */
const ExemptionOption = () => {
  const choice = useRecordContext<{ id: string; name: string }>();
  const translate = useTranslate();
  if (!choice) return null;
  const exemption = EXEMPTIONS[choice.id as keyof typeof EXEMPTIONS];
  return (
    <Box component="span" sx={{ display: 'block', py: 0.25 }}>
      <Box component="span" sx={{ display: 'block' }}>
        {translate(choice.name)}
      </Box>
      {exemption && (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {exemption.clause}
        </Typography>
      )}
    </Box>
  );
};

const DecideFields = () => (
  <>
    <RadioButtonGroupInput
      source="decision"
      label={text('decision')}
      choices={decisionChoices}
      validate={required()}
      row={false}
    />
    <FormDataConsumer>
      {({ formData }) => (
        <>
          {needsExemption(formData.decision) && (
            <>
              <CheckboxGroupInput
                source="refusalBasis"
                label={text('refusal_basis')}
                choices={refusalBasisChoices}
                optionText={<ExemptionOption />}
                row={false}
                validate={(v: unknown) => (Array.isArray(v) && v.length ? undefined : 'ra.validation.required')}
              />
              <TextArea
                source="consequenceTest"
                label={text('consequence_test')}
                helperText="lentera.requests.action_fields.consequence_test_hint"
                minRows={3}
                max={10000}
              />
            </>
          )}
          {formData.decision === 'refused' && (
            <TextArea source="refusalReason" label={text('refusal_reason')} minRows={2} max={5000} />
          )}
          {formData.decision === 'granted_partial' && (
            <TextArea source="redactions" label={text('redactions')} minRows={2} max={5000} />
          )}
          {formData.decision === 'not_held' && (
            <TextInput
              source="holderBody"
              label={text('holder_body')}
              helperText="lentera.requests.action_fields.holder_body_hint"
              validate={[required(), maxLength(200)]}
            />
          )}
          {givesInformation(formData.decision) && (
            <>
              <TextArea
                source="materialProvided"
                label="lentera.decision.material_provided"
                helperText="lentera.decision.material_provided_hint"
                minRows={2}
                max={5000}
              />
              <RadioButtonGroupInput source="form" label={text('form')} choices={formChoices} validate={required()} />
              <NumberInput
                source="cost"
                label={text('cost')}
                min={0}
                step={1000}
                validate={minValue(0)}
                helperText={Number(formData.cost) > 0 ? 'lentera.decision.cost_hint' : 'lentera.decision.free'}
              />
              {Number(formData.cost) > 0 && (
                <TextArea
                  source="paymentMethod"
                  label="lentera.decision.payment_method"
                  helperText="lentera.decision.payment_method_hint"
                  max={500}
                />
              )}
              <TextInput
                source="deliveryPlan"
                label={text('delivery_plan')}
                helperText="lentera.requests.action_fields.delivery_plan_hint"
                validate={maxLength(200)}
              />
            </>
          )}
        </>
      )}
    </FormDataConsumer>
  </>
);

function defaultsFor(action: RequestAction, record: InfoRequest): Record<string, unknown> {
  switch (action) {
    case 'assign':
      return { assignments: [{ unitId: '', instruction: '', dueDate: '' }] };
    case 'decide':
      return { cost: 0 };
    case 'deliver':
      return { via: record.deliveryMethods?.[0] ?? 'in_person' };
    default:
      return {};
  }
}

/** Explains the legal effect of an action before it is taken. */
const ActionHelp = ({ action, record }: { action: RequestAction; record: InfoRequest }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
      {translate(`lentera.requests.action_help.${action}`, {
        due: formatDate(record.dueDate, locale),
        effective: formatDate(record.effectiveDueDate, locale),
        days: record.extensionDays,
      })}
    </Typography>
  );
};

const ActionDialog = ({
  action,
  record,
  onClose,
}: {
  action: RequestAction;
  record: InfoRequest;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const done = useDoneNote('lentera.requests.actions', undefined, { number: record.number });
  const { mutateAsync } = useRecordAction('requests', record.id, { done });
  const timeZone = useOfficeTimeZone();
  return (
    <StepDialog
      title={`${translate(`lentera.requests.actions.${action}`)} — ${record.number}`}
      help={<ActionHelp action={action} record={record} />}
      testId={`dialog-${action}`}
      maxWidth={action === 'decide' || action === 'assign' ? 'md' : 'sm'}
      defaultValues={defaultsFor(action, record)}
      saveLabel={`lentera.requests.actions.${action}`}
      saveIcon={ICONS[action]}
      // 409: the lifecycle's reason why not; 400: the fields. Both stay visible in the dialog.
      onSubmit={(values) => mutateAsync({ action, body: actionBody(action, values, timeZone) })}
      onClose={onClose}
      // the decision is the PPID's legal act: named and confirmed before it is sent
      confirm={
        action === 'decide'
          ? (values) => ({
              title: translate('lentera.requests.confirm_decide.title', { number: record.number }),
              text: translate('lentera.requests.confirm_decide.text', {
                number: record.number,
                decision: translate(`lentera.requests.decisions.${String(values.decision)}`),
              }),
              verb: translate('lentera.requests.confirm_decide.verb'),
            })
          : undefined
      }
    >
      {action === 'incomplete' && <NoteField required />}
      {action === 'withdraw' && <NoteField required />}
      {(action === 'complete' || action === 'lapse' || action === 'close') && <NoteField required={false} />}
      {action === 'extend' && <TextArea source="reason" label={text('reason')} minRows={3} max={2000} />}
      {action === 'assign' && <AssignFields record={record} />}
      {action === 'decide' && <DecideFields />}
      {action === 'deliver' && (
        <>
          <SelectInput source="via" label={text('via')} choices={deliverViaChoices} validate={required()} />
          <DateTimeInputId
            source="deliveredAt"
            label={text('delivered_at')}
            helperText="lentera.requests.action_fields.delivered_at_hint"
          />
        </>
      )}
    </StepDialog>
  );
};

/** The lifecycle actions this request's status and this user's permissions allow, each with its dialog. */
export const RequestActions = ({ record }: { record: InfoRequest }) => {
  const { permissions } = usePermissions<string[]>();
  const today = todayIn(useOfficeTimeZone());
  return (
    <LifecycleActions
      actions={offeredRequestActions(permissions, record.allowedActions)}
      icons={ICONS}
      primary={PRIMARY}
      quiet={QUIET}
      labelOf={(action) => `lentera.requests.actions.${action}`}
      blockedOf={(action) => actionBlocked(action, record, today)}
      testId="request-actions"
      dialog={(action, onClose) => <ActionDialog action={action} record={record} onClose={onClose} />}
    />
  );
};
