import { PrepareReportButton } from '../common/PrepareReportButton';
import { ReportList } from '../common/ReportList';
import { Chip } from '@mui/material';
import { DataTable, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate, todayIn } from '../common/dates';
import { useOfficeTimeZone } from '../common/fields';
import { Permission } from '../permissions';
import { lastEndedYear } from './actions';
import type { AnnualReport } from './types';
import { StateChip } from '../common/StateChip';
import { exportSpec } from '../common/exporter';
import { CardLine, type ListCard } from '../common/ResponsiveDataTable';

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

export const AnnualStatusChip = ({ status }: { status: AnnualReport['status'] | undefined }) => (
  <StateChip value={status} messages="lentera.annual_reports.statuses" colors={COLORS} testId="annual-status" />
);

const StatusCell = () => <AnnualStatusChip status={useRecordContext<AnnualReport>()?.status} />;

/** The due date (from the rule set: 31 March after the year by default) with the overdue/near warning the server computes. */
export const DueChip = ({ record }: { record: AnnualReport }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { due } = record;
  if (!due) return null;
  const color = due.overdue ? 'error' : due.warning ? 'warning' : 'default';
  // published, or an earlier edition published while a new one is prepared (not overdue, though the date has passed): no countdown
  const done = record.status === 'published' || (!due.overdue && due.daysLeft < 0);
  const extra = done
    ? ''
    : ` · ${due.overdue ? translate('lentera.annual_reports.due_overdue', { days: -due.daysLeft }) : translate('lentera.annual_reports.due_left', { days: due.daysLeft })}`;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={color}
      label={`${translate('lentera.annual_reports.due', { date: formatDate(due.dueDate, locale) })}${extra}`}
      data-testid="annual-due"
      // a long label wraps on a phone instead of widening the page
      sx={{ height: 'auto', maxWidth: '100%', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
    />
  );
};

const DueCell = () => {
  const record = useRecordContext<AnnualReport>();
  return record ? <DueChip record={record} /> : null;
};

/** The PPID picks a year that has ended. */
const PrepareButton = () => {
  const tz = useOfficeTimeZone();
  return (
    <PrepareReportButton
      resource="annual-reports"
      messages="lentera.annual_reports"
      field={{ name: 'year', label: 'lentera.annual_reports.year' }}
      inputType="number"
      initial={String(lastEndedYear(todayIn(tz)))}
      body={(year) => ({ year: Number(year) })}
    />
  );
};

export const annualReportExport = exportSpec<AnnualReport>({
  file: 'laporan-tahunan',
  columns: [
    { header: 'lentera.office.column', value: (r) => r.officeName ?? null },
    { header: 'resources.annual-reports.fields.year', value: (r) => r.year },
    {
      header: 'resources.annual-reports.fields.status',
      value: (r, t) => t.label('lentera.annual_reports.statuses', r.status),
    },
    { header: 'resources.annual-reports.fields.versionNo', value: (r) => r.versionNo },
    { header: 'resources.annual-reports.fields.dueDate', value: (r, t) => t.date(r.due?.dueDate ?? r.dueDate) },
  ],
});

const Column = DataTable.Col<AnnualReport>;

/** On a phone: the year and its state, the due date under it. */
const CARD: ListCard<AnnualReport> = {
  primaryText: (r) => String(r.year),
  tertiaryText: () => <StatusCell />,
  secondaryText: () => (
    <CardLine>
      <DueCell />
    </CardLine>
  ),
};

export const AnnualReportList = () => (
  <ReportList
    permission={Permission.AnnualPrepare}
    prepare={<PrepareButton />}
    messages="lentera.annual_reports"
    exportSpec={annualReportExport}
    card={CARD}
  >
    <Column source="year" />
    <Column source="status">
      <StatusCell />
    </Column>
    <Column source="versionNo" disableSort />
    <Column source="dueDate">
      <DueCell />
    </Column>
  </ReportList>
);
