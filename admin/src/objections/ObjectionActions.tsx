import CancelScheduleSendIcon from '@mui/icons-material/CancelScheduleSend';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import FlagIcon from '@mui/icons-material/Flag';
import GavelIcon from '@mui/icons-material/Gavel';
import UndoIcon from '@mui/icons-material/Undo';
import {
  Alert,
  Box,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState, type ReactElement } from 'react';
import {
  Form,
  FormDataConsumer,
  RadioButtonGroupInput,
  SaveButton,
  TextInput,
  maxLength,
  required,
  useLocaleState,
  useNotify,
  usePermissions,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { offeredObjectionActions, type ObjectionAction } from '../access';
import { fieldErrorsOf, sendJson } from '../common/api';
import { formatDate, todayIn } from '../common/dates';
import { useOfficeTimeZone } from '../common/fields';
import { fieldErrorLines } from '../requests/actions';
import { stageChoices } from './choices';
import { canSettle } from './lifecycle';
import { decisionOptions, objectionActionBlocked, objectionActionBody } from './payload';
import type { Objection } from './types';

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
const dateSlot = { inputLabel: { shrink: true } };

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
      <TextInput
        source="reason"
        label={text('reason')}
        multiline
        minRows={4}
        validate={[required(), maxLength(10000)]}
      />
      <FormDataConsumer>
        {({ formData }) =>
          formData.decision === 'accepted' ? (
            <TextInput
              source="instruction"
              label={text('instruction')}
              helperText={text('instruction_hint')}
              multiline
              minRows={3}
              validate={[required(), maxLength(5000)]}
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

// The dialog's form starts empty: the objection in the page's record context is not what it edits.
const NO_RECORD = {};

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
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const today = todayIn(useOfficeTimeZone());
  const [problem, setProblem] = useState<{ message: string; lines: string[] } | null>(null);

  const submit = async (values: Record<string, unknown>) => {
    setProblem(null);
    try {
      await sendJson(
        'POST',
        `objections/${encodeURIComponent(record.id)}/${action}`,
        objectionActionBody(action, values),
      );
      notify('lentera.objections.actions.done', {
        type: 'success',
        messageArgs: { action: translate(`lentera.objections.actions.${action}`) },
      });
      onClose();
      refresh();
    } catch (error) {
      // 409: the lifecycle's reason why not (already decided, the Atasan may still answer…); 400: the fields.
      const fields = fieldErrorsOf(error);
      setProblem({ message: (error as Error).message, lines: fieldErrorLines(fields) });
      return fields;
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth={action === 'decide' || action === 'conclude' ? 'md' : 'sm'}
      data-testid={`dialog-${action}`}
    >
      <Form onSubmit={submit} record={NO_RECORD} defaultValues={defaultsFor(action, today)}>
        <DialogTitle>
          {translate(`lentera.objections.actions.${action}`)} — {record.number}
        </DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate(`lentera.objections.action_help.${action}`, {
              due: formatDate(record.responseDueDate, locale),
              // the rule set's answer days (30 in general, 3 for election information)
              days: record.ruleSet?.values.objectionAnswerDays ?? 30,
            })}
          </Typography>
          {action === 'decide' && <DecideFields record={record} />}
          {action === 'dispute' && (
            <>
              <TextInput
                source="filedDate"
                label={text('filed_date')}
                type="date"
                validate={required()}
                slotProps={{ ...dateSlot, htmlInput: { max: today } }}
              />
              <TextInput source="kiRegistrationNumber" label={text('ki_number')} validate={maxLength(100)} />
              <RadioButtonGroupInput source="stage" label={text('stage')} choices={stageChoices} />
            </>
          )}
          {action === 'conclude' && (
            <>
              <RadioButtonGroupInput
                source="stage"
                label={text('stage')}
                choices={stageChoices}
                validate={required()}
              />
              <TextInput
                source="outcome"
                label={text('outcome')}
                multiline
                minRows={3}
                validate={[required(), maxLength(5000)]}
              />
              <TextInput
                source="complianceNote"
                label={text('compliance')}
                multiline
                minRows={2}
                validate={maxLength(5000)}
              />
              <TextInput
                source="courtAction"
                label={text('court_action')}
                multiline
                minRows={2}
                validate={maxLength(5000)}
              />
            </>
          )}
          {action === 'close' && (
            <TextInput
              source="requesterReaction"
              label={text('requester_reaction')}
              multiline
              minRows={2}
              validate={maxLength(2000)}
            />
          )}
          {action === 'withdraw' && (
            <TextInput
              source="note"
              label={text('note')}
              multiline
              minRows={3}
              validate={[required(), maxLength(2000)]}
            />
          )}
          {problem && (
            <Alert severity="error" sx={{ mt: 1 }} data-testid="action-error">
              {problem.message}
              {problem.lines.length > 0 && (
                <Box component="ul" sx={{ m: 0, pl: 2 }}>
                  {problem.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </Box>
              )}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
          <SaveButton label={`lentera.objections.actions.${action}`} icon={ICONS[action]} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/** The lifecycle actions this objection's status and this user's permissions allow, each with its dialog. */
export const ObjectionActions = ({ record }: { record: Objection }) => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const [open, setOpen] = useState<ObjectionAction | null>(null);
  const [locale] = useLocaleState();
  const today = todayIn(useOfficeTimeZone());
  const actions = offeredObjectionActions(permissions, record.allowedActions);
  if (actions.length === 0) return null;
  return (
    <>
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1 }} data-testid="objection-actions">
        {actions.map((action) => {
          const blocked = objectionActionBlocked(action, record, today);
          const button = (
            <MuiButton
              key={action}
              variant={PRIMARY.includes(action) ? 'contained' : 'outlined'}
              startIcon={ICONS[action]}
              onClick={() => setOpen(action)}
              disabled={!!blocked}
              color={action === 'withdraw' ? 'inherit' : 'primary'}
            >
              {translate(`lentera.objections.actions.${action}`)}
            </MuiButton>
          );
          // A disabled button gets no pointer events: the tooltip sits on a wrapper.
          return blocked ? (
            <Tooltip key={action} title={translate(blocked.key, { date: formatDate(blocked.date, locale) })}>
              <span>{button}</span>
            </Tooltip>
          ) : (
            button
          );
        })}
      </Stack>
      {open && <ActionDialog action={open} record={record} onClose={() => setOpen(null)} />}
    </>
  );
};
