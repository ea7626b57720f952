import AddIcon from '@mui/icons-material/Add';
import { Alert, Button as MuiButton, Chip, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { DataTable, List, TopToolbar, useLocaleState, useNotify, usePermissions, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { sendJson } from '../common/api';
import { formatDate, todayIn } from '../common/dates';
import { useOfficeTimeZone } from '../common/fields';
import { Permission } from '../permissions';
import { lastEndedYear } from './actions';
import type { AnnualReport } from './types';

const COLORS: Record<AnnualReport['status'], 'default' | 'warning' | 'info' | 'success' | 'error' | 'primary'> = {
  draft: 'default',
  submitted: 'warning',
  returned: 'error',
  approved_by_atasan: 'info',
  in_review: 'info',
  reviewed: 'primary',
  pleno_scheduled: 'primary',
  ratified: 'success',
  published: 'success',
};

export const AnnualStatusChip = ({ status }: { status: AnnualReport['status'] | undefined }) => {
  const translate = useTranslate();
  if (!status) return null;
  return <Chip size="small" color={COLORS[status]} label={translate(`lentera.annual_reports.statuses.${status}`)} data-testid="annual-status" data-status={status} />;
};

const StatusCell = () => <AnnualStatusChip status={useRecordContext<AnnualReport>()?.status} />;

/** The due date (31 March after the year) with the overdue/near warning the server computes. */
export const DueChip = ({ record }: { record: AnnualReport }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { due } = record;
  if (!due) return null;
  const color = due.overdue ? 'error' : due.warning ? 'warning' : 'default';
  const extra = record.status === 'published' ? '' : ` · ${due.overdue ? translate('lentera.annual_reports.due_overdue', { days: -due.daysLeft }) : translate('lentera.annual_reports.due_left', { days: due.daysLeft })}`;
  return <Chip size="small" variant="outlined" color={color} label={`${translate('lentera.annual_reports.due', { date: formatDate(due.dueDate, locale) })}${extra}`} data-testid="annual-due" />;
};

const DueCell = () => {
  const record = useRecordContext<AnnualReport>();
  return record ? <DueChip record={record} /> : null;
};

/** The PPID picks a year that has ended; the server refuses any other with the reason (shown here). */
const PrepareButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const tz = useOfficeTimeZone();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(String(lastEndedYear(todayIn(tz))));
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      const report = await sendJson<AnnualReport>('POST', 'annual-reports', { year: Number(year) });
      notify('lentera.annual_reports.done', { type: 'success', messageArgs: { action: translate('lentera.annual_reports.create') } });
      redirect('show', 'annual-reports', report.id);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <>
      <MuiButton startIcon={<AddIcon />} onClick={() => setOpen(true)} size="small">
        {translate('lentera.annual_reports.create')}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)} data-testid="dialog-prepare">
        <DialogTitle>{translate('lentera.annual_reports.create')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('lentera.annual_reports.create_help')}
          </Typography>
          <TextField type="number" name="year" label={translate('lentera.annual_reports.year')} value={year} onChange={(e) => setYear(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} fullWidth />
          {error && (
            <Alert severity="error" sx={{ mt: 2 }} data-testid="action-error">
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" onClick={submit}>
            {translate('lentera.annual_reports.create')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};

const Actions = () => {
  const { permissions } = usePermissions<string[]>();
  return <TopToolbar>{permissions?.includes(Permission.AnnualPrepare) && <PrepareButton />}</TopToolbar>;
};

const Column = DataTable.Col<AnnualReport>;

export const AnnualReportList = () => (
  <List sort={{ field: 'id', order: 'DESC' }} perPage={25} exporter={false} actions={<Actions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <Column source="year" />
      <Column source="status">
        <StatusCell />
      </Column>
      <Column source="versionNo" disableSort />
      <Column source="dueDate">
        <DueCell />
      </Column>
    </DataTable>
  </List>
);
