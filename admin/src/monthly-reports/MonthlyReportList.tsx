import { PrepareReportButton } from '../common/PrepareReportButton';
import { ReportList } from '../common/ReportList';
import { Chip, Typography } from '@mui/material';
import { DataTable, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatInZone } from '../common/datetime';
import { formatDate, todayIn } from '../common/dates';
import { useOfficeTimeZone } from '../common/fields';
import { Permission } from '../permissions';
import { lastEndedMonth, monthName } from './actions';
import type { MonthlyReport } from './types';
import { StateChip } from '../common/StateChip';
import { exportSpec } from '../common/exporter';
import { CardLine, type ListCard } from '../common/ResponsiveDataTable';

const COLORS = { draft: 'default', signed: 'warning', final: 'success' } as const;

export const MonthlyStatusChip = ({ status }: { status: MonthlyReport['status'] | undefined }) => (
  <StateChip value={status} messages="lentera.monthly_reports.statuses" colors={COLORS} />
);

const MonthCell = () => {
  const record = useRecordContext<MonthlyReport>();
  const [locale] = useLocaleState();
  return record ? <Typography variant="body2">{monthName(record.monthKey, locale)}</Typography> : null;
};

/** The due date of the report (the office's rule set), and whether it is overdue or was countersigned late. */
export const MonthlyDueChip = ({ record }: { record: MonthlyReport }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record.due) return null;
  const { dueDate, workingDays, overdue, late } = record.due;
  const extra = overdue
    ? ` · ${translate('lentera.monthly_reports.due_overdue')}`
    : late
      ? ` · ${translate('lentera.monthly_reports.due_late')}`
      : '';
  return (
    <Chip
      size="small"
      variant="outlined"
      color={overdue ? 'error' : late ? 'warning' : 'default'}
      label={`${translate('lentera.monthly_reports.due', { date: formatDate(dueDate, locale), days: workingDays })}${extra}`}
      data-testid="monthly-due"
      // a long label wraps on a phone instead of widening the page
      sx={{ height: 'auto', maxWidth: '100%', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
    />
  );
};

const DueCell = () => {
  const record = useRecordContext<MonthlyReport>();
  return record ? <MonthlyDueChip record={record} /> : null;
};

const StatusCell = () => <MonthlyStatusChip status={useRecordContext<MonthlyReport>()?.status} />;

const When = ({ source }: { source: 'signedAt' | 'countersignedAt' }) => {
  const record = useRecordContext<MonthlyReport>();
  const [locale] = useLocaleState();
  const tz = useOfficeTimeZone();
  const value = record?.[source];
  return <Typography variant="body2">{value ? formatInZone(value, tz, locale) : '—'}</Typography>;
};

/** The PPID picks a month that has ended. */
const PrepareButton = () => {
  const tz = useOfficeTimeZone();
  return (
    <PrepareReportButton
      resource="monthly-reports"
      messages="lentera.monthly_reports"
      field={{ name: 'month', label: 'lentera.monthly_reports.month' }}
      inputType="month"
      initial={lastEndedMonth(todayIn(tz))}
      body={(month) => ({ month })}
    />
  );
};

export const monthlyReportExport = exportSpec<MonthlyReport>({
  file: 'laporan-bulanan',
  columns: [
    { header: 'lentera.office.column', value: (r) => r.officeName ?? null },
    { header: 'resources.monthly-reports.fields.monthKey', value: (r, t) => monthName(r.monthKey, t.locale) },
    {
      header: 'resources.monthly-reports.fields.status',
      value: (r, t) => t.label('lentera.monthly_reports.statuses', r.status),
    },
    { header: 'resources.monthly-reports.fields.signedAt', value: (r, t) => t.dateTime(r.signedAt) },
    { header: 'resources.monthly-reports.fields.countersignedAt', value: (r, t) => t.dateTime(r.countersignedAt) },
    { header: 'resources.monthly-reports.fields.due', value: (r, t) => t.date(r.due?.dueDate) },
  ],
});

const Column = DataTable.Col<MonthlyReport>;

/** On a phone: the month and its state, the due date under it. */
const CARD: ListCard<MonthlyReport> = {
  primaryText: () => <MonthCell />,
  tertiaryText: () => <StatusCell />,
  secondaryText: () => (
    <CardLine>
      <DueCell />
    </CardLine>
  ),
};

export const MonthlyReportList = () => (
  <ReportList
    permission={Permission.ReportPrepare}
    prepare={<PrepareButton />}
    messages="lentera.monthly_reports"
    exportSpec={monthlyReportExport}
    card={CARD}
  >
    <Column source="monthKey" disableSort>
      <MonthCell />
    </Column>
    <Column source="status">
      <StatusCell />
    </Column>
    <Column source="signedAt" disableSort field={When} />
    <Column source="countersignedAt" disableSort field={When} />
    <Column source="due" disableSort>
      <DueCell />
    </Column>
  </ReportList>
);
