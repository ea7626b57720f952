import AddIcon from '@mui/icons-material/Add';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useCreate, useNotify, useRedirect, useTranslate } from 'react-admin';
import { MonthPickerId } from './DateInputId';
import { ErrorAlert } from './ErrorAlert';

/**
 * "Siapkan laporan": one period field (a month or a year), POST to the report resource, then its page. The server
 * refuses a period that has not ended or already has a report; its reason is shown in the dialog.
 */
export const PrepareReportButton = ({
  resource,
  messages,
  field,
  inputType,
  initial,
  body,
}: {
  resource: 'monthly-reports' | 'annual-reports';
  /** the i18n group with `create`, `create_help` and `done` */
  messages: string;
  field: { name: string; label: string };
  inputType: 'month' | 'number';
  initial: string;
  body: (value: string) => Record<string, unknown>;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [createReport] = useCreate();
  const create = translate(`${messages}.create`);
  const submit = async () => {
    setError(null);
    try {
      const report = (await createReport(resource, { data: body(value) }, { returnPromise: true })) as { id: number };
      notify(`${messages}.done`, { type: 'success', messageArgs: { action: create } });
      redirect('show', resource, report.id);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <>
      <MuiButton startIcon={<AddIcon />} onClick={() => setOpen(true)} size="small">
        {create}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)} data-testid="dialog-prepare">
        <DialogTitle>{create}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate(`${messages}.create_help`)}
          </Typography>
          {inputType === 'month' ? (
            <MonthPickerId name={field.name} label={translate(field.label)} value={value} onChange={setValue} />
          ) : (
            <TextField
              type={inputType}
              name={field.name}
              label={translate(field.label)}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
              fullWidth
            />
          )}
          <ErrorAlert message={error} sx={{ mt: 2 }} testId="action-error" />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" onClick={submit}>
            {create}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
