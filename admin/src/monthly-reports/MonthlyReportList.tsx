import AddIcon from '@mui/icons-material/Add';
import { Alert, Button as MuiButton, Chip, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { DataTable, List, TopToolbar, useLocaleState, useNotify, usePermissions, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { sendJson } from '../common/api';
import { formatInZone } from '../common/datetime';
import { todayIn } from '../common/dates';
import { useOfficeTimeZone } from '../common/fields';
import { Permission } from '../permissions';
import { lastEndedMonth } from './actions';
import type { MonthlyReport } from './types';

const COLORS = { draft: 'default', signed: 'warning', final: 'success' } as const;

export const MonthlyStatusChip = ({ status }: { status: MonthlyReport['status'] | undefined }) => {
  const translate = useTranslate();
  if (!status) return null;
  return <Chip size="small" color={COLORS[status]} label={translate(`lentera.monthly_reports.statuses.${status}`)} data-status={status} />;
};

const StatusCell = () => <MonthlyStatusChip status={useRecordContext<MonthlyReport>()?.status} />;

const When = ({ source }: { source: 'signedAt' | 'countersignedAt' }) => {
  const record = useRecordContext<MonthlyReport>();
  const [locale] = useLocaleState();
  const tz = useOfficeTimeZone();
  const value = record?.[source];
  return <Typography variant="body2">{value ? formatInZone(value, tz, locale) : '—'}</Typography>;
};

/** The PPID picks a month that has ended; the server refuses any other with the reason (shown here). */
const PrepareButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const tz = useOfficeTimeZone();
  const [open, setOpen] = useState(false);
  const [month, setMonth] = useState(lastEndedMonth(todayIn(tz)));
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      const report = await sendJson<MonthlyReport>('POST', 'monthly-reports', { month });
      notify('lentera.monthly_reports.done', { type: 'success', messageArgs: { action: translate('lentera.monthly_reports.create') } });
      redirect('show', 'monthly-reports', report.id);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <>
      <MuiButton startIcon={<AddIcon />} onClick={() => setOpen(true)} size="small">
        {translate('lentera.monthly_reports.create')}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)} data-testid="dialog-prepare">
        <DialogTitle>{translate('lentera.monthly_reports.create')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('lentera.monthly_reports.create_help')}
          </Typography>
          <TextField type="month" name="month" label={translate('lentera.monthly_reports.month')} value={month} onChange={(e) => setMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} fullWidth />
          {error && (
            <Alert severity="error" sx={{ mt: 2 }} data-testid="action-error">
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" onClick={submit}>
            {translate('lentera.monthly_reports.create')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};

const Actions = () => {
  const { permissions } = usePermissions<string[]>();
  return <TopToolbar>{permissions?.includes(Permission.ReportPrepare) && <PrepareButton />}</TopToolbar>;
};

const Column = DataTable.Col<MonthlyReport>;

export const MonthlyReportList = () => (
  <List sort={{ field: 'id', order: 'DESC' }} perPage={25} exporter={false} actions={<Actions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <Column source="monthKey" disableSort />
      <Column source="status">
        <StatusCell />
      </Column>
      <Column source="signedAt" disableSort>
        <When source="signedAt" />
      </Column>
      <Column source="countersignedAt" disableSort>
        <When source="countersignedAt" />
      </Column>
    </DataTable>
  </List>
);
