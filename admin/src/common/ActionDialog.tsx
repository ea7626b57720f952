import { Alert, Box, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
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

// The dialog's form starts empty: the record in the page's record context is not what it edits.
const NO_RECORD = {};

/**
 * A dialog with a form for one step (decide, extend, classify, dispute, a new version…): `onSubmit` sends it (a
 * mutation's `mutateAsync`); on success the dialog closes, on refusal the server's message stays in the dialog and
 * the fields it named are marked. Full screen on a phone.
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
  children?: ReactNode;
}) => {
  const translate = useTranslate();
  const small = useSmall();
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async (values: Record<string, unknown>) => {
    setProblem(null);
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
    </Dialog>
  );
};
