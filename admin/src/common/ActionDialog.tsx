import {
  Alert,
  Box,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useState, type ReactElement, type ReactNode } from 'react';
import { Form, SaveButton, useTranslate } from 'react-admin';
import { fieldErrorLines, fieldErrorsOf } from './fieldErrors';
import { useSmall } from './useSmall';

export interface Problem {
  message: string;
  lines: string[];
}

/** The server's refusal as the dialog shows it: its message (a 409's reason) and the fields a 400 named. */
export const problemOf = (error: unknown): Problem => ({
  message: (error as Error).message,
  lines: fieldErrorLines(fieldErrorsOf(error)),
});

/** The server's message, with the fields it named as a list. */
export const ProblemAlert = ({ problem, testId = 'action-error' }: { problem: Problem | null; testId?: string }) =>
  problem ? (
    <Alert severity="error" sx={{ mt: 1 }} data-testid={testId}>
      {problem.message}
      {problem.lines.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2 }}>
          {problem.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </Box>
      )}
    </Alert>
  ) : null;

/** What a confirmation says: the act by name, what it does and its legal weight, and the act's own verb. */
export interface ActText {
  title: ReactNode;
  text: ReactNode;
  /** the verb of the confirming button ("Tandatangani", "Putuskan"…), already translated */
  verb: string;
}

/**
 * The confirmation asked before a legal act (a signature, an approval, a decision, a publication): it names the act
 * and its weight in plain words, with Batal (nothing happens) and the act's own verb. Full screen on a phone is not
 * wanted here: it is a short question, so it stays a small dialog.
 */
export const ConfirmAct = ({
  open,
  act,
  busy = false,
  icon,
  testId,
  problem,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  act: ActText | null;
  busy?: boolean;
  icon?: ReactElement;
  testId: string;
  problem?: Problem | null;
  onCancel: () => void;
  onConfirm: () => void;
}) => {
  const translate = useTranslate();
  return (
    <Dialog
      open={open && act !== null}
      onClose={busy ? undefined : onCancel}
      data-testid={testId}
      aria-labelledby={`${testId}-title`}
      aria-describedby={`${testId}-text`}
    >
      <DialogTitle id={`${testId}-title`}>{act?.title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={`${testId}-text`} sx={{ whiteSpace: 'pre-line' }} data-testid={`${testId}-text`}>
          {act?.text}
        </DialogContentText>
        <ProblemAlert problem={problem ?? null} testId={`${testId}-error`} />
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onCancel} disabled={busy} data-testid={`${testId}-cancel`}>
          {translate('ra.action.cancel')}
        </MuiButton>
        <MuiButton
          variant="contained"
          disabled={busy}
          onClick={onConfirm}
          startIcon={icon}
          data-testid={`${testId}-confirm`}
        >
          {act?.verb}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};

// The dialog's form starts empty: the record in the page's record context is not what it edits.
const NO_RECORD = {};

/**
 * A dialog with a form for one step (decide, extend, classify, dispute, a new version…): `onSubmit` sends it (a
 * mutation's `mutateAsync`); on success the dialog closes, on refusal the server's message stays in the dialog and
 * the fields it named are marked. Full screen on a phone. With `confirm`, a legal act (a decision) is named and
 * confirmed (ConfirmAct, `<testId>-confirm`) after the form is filled and before it is sent; Batal there goes back to
 * the form, nothing sent.
 */
export const ActionDialog = ({
  title,
  help,
  testId,
  errorTestId,
  listFields = true,
  maxWidth = 'sm',
  defaultValues,
  saveLabel,
  saveIcon,
  onSubmit,
  onClose,
  confirm,
  children,
}: {
  title: ReactNode;
  help?: ReactNode;
  testId: string;
  errorTestId?: string;
  /** list the fields the server named under its message (off where every field of the form shows its own error) */
  listFields?: boolean;
  maxWidth?: 'sm' | 'md';
  defaultValues?: Record<string, unknown>;
  saveLabel: string;
  saveIcon?: ReactElement;
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  onClose: () => void;
  /** the act this form performs, named from the values filled in: asked before sending */
  confirm?: (values: Record<string, unknown>) => ActText;
  children?: ReactNode;
}) => {
  const translate = useTranslate();
  const small = useSmall();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [asking, setAsking] = useState<{ act: ActText; answer: (yes: boolean) => void } | null>(null);
  const submit = async (values: Record<string, unknown>) => {
    setProblem(null);
    if (confirm) {
      const act = confirm(values);
      const yes = await new Promise<boolean>((answer) => setAsking({ act, answer }));
      setAsking(null);
      if (!yes) return;
    }
    try {
      await onSubmit(values);
      onClose();
    } catch (error) {
      const problem = problemOf(error);
      setProblem(listFields ? problem : { ...problem, lines: [] });
      return fieldErrorsOf(error);
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth fullScreen={small} maxWidth={maxWidth} data-testid={testId}>
      <Form onSubmit={submit} record={NO_RECORD} defaultValues={defaultValues}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          {help}
          {children}
          <ProblemAlert problem={problem} testId={errorTestId} />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
          <SaveButton label={saveLabel} icon={saveIcon} alwaysEnable />
        </DialogActions>
      </Form>
      <ConfirmAct
        open={asking !== null}
        act={asking?.act ?? null}
        icon={saveIcon}
        testId={`${testId}-confirm`}
        onCancel={() => asking?.answer(false)}
        onConfirm={() => asking?.answer(true)}
      />
    </Dialog>
  );
};
