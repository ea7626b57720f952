import CancelScheduleSendIcon from '@mui/icons-material/CancelScheduleSend';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import FlagIcon from '@mui/icons-material/Flag';
import GavelIcon from '@mui/icons-material/Gavel';
import UndoIcon from '@mui/icons-material/Undo';
import { Typography } from '@mui/material';
import type { ReactElement } from 'react';
import {
  FormDataConsumer,
  RadioButtonGroupInput,
  TextInput,
  maxLength,
  required,
  useLocaleState,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { TextArea } from '../common/TextArea';
import { offeredObjectionActions, type ObjectionAction } from '../access';
import { LifecycleActions } from '../common/ActionButtons';
import { ActionDialog as StepDialog } from '../common/ActionDialog';
import { formatDate, todayIn } from '../common/dates';
import { useOfficeTimeZone } from '../common/fields';
import { useDoneNote, useRecordAction } from '../common/mutations';
import { stageChoices } from './choices';
import { canSettle } from './lifecycle';
import { decisionOptions, objectionActionBlocked, objectionActionBody } from './payload';
import type { Objection } from './types';
import { DateInputId } from '../common/DateInputId';

const ICONS: Record<ObjectionAction, ReactElement> = {
  decide: <GavelIcon />,
  dispute: <FlagIcon />,
  conclude: <DoneAllIcon />,
  close: <CancelScheduleSendIcon />,
  withdraw: <UndoIcon />,
};

/** The main step forward of each status is a filled button; the others are outlined. */
const PRIMARY: ObjectionAction[] = ['decide', 'conclude', 'close'];

const text = (field: string) => `lentera.objections.action_fields.${field}`;

/** Decide: accepted (with the instruction to the PPID), rejected, or settled by agreement (not with ground a). */
const DecideFields = ({ record }: { record: Objection }) => {
  const settle = canSettle(record.grounds);
  return (
    <>
      <RadioButtonGroupInput
        source="decision"
        label={text('decision')}
        choices={decisionOptions(record.grounds)}
        validate={required()}
        row={false}
        helperText={settle ? false : text('settle_hint')}
      />
      <TextArea source="reason" label={text('reason')} minRows={4} max={10000} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.decision === 'accepted' ? (
            <TextArea
              source="instruction"
              label={text('instruction')}
              helperText={text('instruction_hint')}
              minRows={3}
              max={5000}
            />
          ) : null
        }
      </FormDataConsumer>
    </>
  );
};

function defaultsFor(action: ObjectionAction, today: string): Record<string, unknown> {
  switch (action) {
    case 'dispute':
      return { filedDate: today, stage: 'mediation' };
    case 'conclude':
      return { stage: 'mediation' };
    default:
      return {};
  }
}

const ActionDialog = ({
  action,
  record,
  onClose,
}: {
  action: ObjectionAction;
  record: Objection;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const today = todayIn(useOfficeTimeZone());
  const done = useDoneNote('lentera.objections.actions', undefined, { number: record.number });
  const { mutateAsync } = useRecordAction('objections', record.id, { done });
  return (
    <StepDialog
      title={`${translate(`lentera.objections.actions.${action}`)} — ${record.number}`}
      help={
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate(`lentera.objections.action_help.${action}`, {
            due: formatDate(record.responseDueDate, locale),
            // the rule set's answer days (30 in general, 3 for election information)
            days: record.ruleSet?.values.objectionAnswerDays ?? 30,
            // and its dispute window (UU 14/2008 Pasal 37 ayat (2): 14)
            disputeDays: record.ruleSet?.values.disputeFilingDays ?? 14,
          })}
        </Typography>
      }
      testId={`dialog-${action}`}
      maxWidth={action === 'decide' || action === 'conclude' ? 'md' : 'sm'}
      defaultValues={defaultsFor(action, today)}
      saveLabel={`lentera.objections.actions.${action}`}
      saveIcon={ICONS[action]}
      // 409: the lifecycle's reason why not (already decided, the Atasan may still answer…); 400: the fields.
      onSubmit={(values) => mutateAsync({ action, body: objectionActionBody(action, values) })}
      onClose={onClose}
      // the answer is the Atasan PPID's legal act: named and confirmed before it is sent
      confirm={
        action === 'decide'
          ? (values) => ({
              title: translate('lentera.objections.confirm_decide.title', { number: record.number }),
              text: translate('lentera.objections.confirm_decide.text', {
                number: record.number,
                decision: translate(`lentera.objections.decisions.${String(values.decision)}`),
                disputeDays: record.ruleSet?.values.disputeFilingDays ?? 14,
              }),
              verb: translate('lentera.objections.confirm_decide.verb'),
            })
          : undefined
      }
    >
      {action === 'decide' && <DecideFields record={record} />}
      {action === 'dispute' && (
        <>
          <DateInputId source="filedDate" label={text('filed_date')} validate={required()} max={today} />
          <TextInput source="kiRegistrationNumber" label={text('ki_number')} validate={maxLength(100)} />
          <RadioButtonGroupInput source="stage" label={text('stage')} choices={stageChoices} />
        </>
      )}
      {action === 'conclude' && (
        <>
          <RadioButtonGroupInput source="stage" label={text('stage')} choices={stageChoices} validate={required()} />
          <TextArea source="outcome" label={text('outcome')} minRows={3} max={5000} />
          <TextArea source="complianceNote" label={text('compliance')} minRows={2} max={5000} optional />
          <TextArea source="courtAction" label={text('court_action')} minRows={2} max={5000} optional />
        </>
      )}
      {action === 'close' && (
        <TextArea source="requesterReaction" label={text('requester_reaction')} minRows={2} max={2000} optional />
      )}
      {action === 'withdraw' && <TextArea source="note" label={text('note')} minRows={3} max={2000} />}
    </StepDialog>
  );
};

/** The lifecycle actions this objection's status and this user's permissions allow, each with its dialog. */
export const ObjectionActions = ({ record }: { record: Objection }) => {
  const { permissions } = usePermissions<string[]>();
  const today = todayIn(useOfficeTimeZone());
  return (
    <LifecycleActions
      actions={offeredObjectionActions(permissions, record.allowedActions)}
      icons={ICONS}
      primary={PRIMARY}
      quiet={['withdraw']}
      labelOf={(action) => `lentera.objections.actions.${action}`}
      blockedOf={(action) => objectionActionBlocked(action, record, today)}
      testId="objection-actions"
      dialog={(action, onClose) => <ActionDialog action={action} record={record} onClose={onClose} />}
    />
  );
};
