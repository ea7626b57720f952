import DrawIcon from '@mui/icons-material/Draw';
import VerifiedIcon from '@mui/icons-material/Verified';
import {
  Alert,
  Box,
  Button as MuiButton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Show, useGetIdentity, useLocaleState, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { ConfirmAct } from '../common/ActionDialog';
import { DownloadButton } from '../common/DownloadButton';
import { Panel } from '../common/Panel';
import { RecordHeader } from '../common/RecordHeader';
import { useDoneNote, useRecordAction } from '../common/mutations';
import { monthName, offeredMonthlyActions, percent } from './actions';
import { MonthlyDueChip as DueChip, MonthlyStatusChip } from './MonthlyReportList';
import type { MonthlyFigures, MonthlyReport } from './types';

const Figures = ({ record }: { record: MonthlyReport }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const s = record.figures?.summary;
  if (!s) return null;
  const num = (v: number | null) => (v === null ? '—' : v.toLocaleString(locale === 'en' ? 'en-GB' : 'id-ID'));
  const rows: Array<[string, (f: MonthlyFigures) => string]> = [
    ['received', (f) => num(f.received.total)],
    ['decided', (f) => num(f.decided.total)],
    ['within_deadline', (f) => num(f.timeliness.withinDeadline)],
    ['within_extension', (f) => num(f.timeliness.withinExtension)],
    ['late', (f) => num(f.timeliness.late)],
    ['on_time', (f) => percent(f.timeliness.onTimeRate, locale)],
    ['median', (f) => num(f.timeliness.medianDays)],
    ['p90', (f) => num(f.timeliness.p90Days)],
    ['open_end', (f) => num(f.queue.open)],
    ['overdue_end', (f) => num(f.queue.overdue)],
    ['objections', (f) => `${num(f.objections.received)} / ${num(f.objections.decided)}`],
  ];
  // general information and information about the Pemilu and Pemilihan beside the total (figures frozen before the
  // split have the total only)
  const regimes = (['general', 'election'] as const).filter((r) => s.byRegime?.[r]);
  return (
    <Panel title="lentera.monthly_reports.figures" testId="monthly-figures">
      {record.status === 'draft' && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('lentera.monthly_reports.live')}
        </Typography>
      )}
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small">
          {regimes.length > 0 && (
            <TableHead>
              <TableRow>
                <TableCell />
                {regimes.map((r) => (
                  <TableCell key={r} align="right">
                    {translate(`lentera.metrics.regime.${r}`)}
                  </TableCell>
                ))}
                <TableCell align="right">{translate('lentera.metrics.regime.total')}</TableCell>
              </TableRow>
            </TableHead>
          )}
          <TableBody>
            {rows.map(([key, value]) => (
              <TableRow key={key} data-figure={key}>
                <TableCell>
                  {translate(`lentera.monthly_reports.${key}`)}
                  {key === 'on_time' ? ` (target ${record.figures!.onTimeTargetPercent}%)` : ''}
                </TableCell>
                {regimes.map((r) => (
                  <TableCell key={r} align="right" data-regime={r}>
                    {value(s.byRegime![r]!)}
                  </TableCell>
                ))}
                <TableCell align="right" sx={{ fontWeight: 600 }}>
                  {value(s)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Panel>
  );
};

/** Sign (PPID) or countersign (Atasan PPID), each with the person's own account, after a dialog naming the act. */
const ReportActions = ({ record }: { record: MonthlyReport }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<string[]>();
  const [asking, setAsking] = useState<'sign' | 'countersign' | null>(null);
  const actions = offeredMonthlyActions(permissions, record.allowedActions);
  const month = monthName(record.monthKey, locale);
  const done = useDoneNote('lentera.monthly_reports', undefined, { subject: month });
  const step = useRecordAction('monthly-reports', record.id, { done });
  const busy = step.isPending;
  const run = (action: 'sign' | 'countersign') => step.mutate({ action }, { onSettled: () => setAsking(null) });
  return (
    <Box>
      {actions.map((action) => (
        <Box key={action} sx={{ mb: 1 }}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate(`lentera.monthly_reports.${action}_help`)}
          </Typography>
          <MuiButton
            variant="contained"
            startIcon={action === 'sign' ? <DrawIcon /> : <VerifiedIcon />}
            disabled={busy}
            onClick={() => setAsking(action)}
          >
            {translate(`lentera.monthly_reports.${action}`)}
          </MuiButton>
        </Box>
      ))}
      <ConfirmAct
        open={asking !== null}
        testId="monthly-sign-dialog"
        icon={asking === 'countersign' ? <VerifiedIcon /> : <DrawIcon />}
        busy={busy}
        act={
          asking && {
            title: translate(`lentera.monthly_reports.confirm_title_${asking}`, { month }),
            text: translate(`lentera.monthly_reports.confirm_${asking}`, {
              month,
              name: (identity as { fullName?: string } | undefined)?.fullName ?? '',
            }),
            verb: translate(`lentera.monthly_reports.confirm_verb_${asking}`),
          }
        }
        onCancel={() => setAsking(null)}
        onConfirm={() => asking && run(asking)}
      />
      {step.error && (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="action-error">
          {step.error.message}
        </Alert>
      )}
    </Box>
  );
};

const Layout = () => {
  const record = useRecordContext<MonthlyReport>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const file = `laporan-bulanan-${record.monthKey}.pdf`;
  return (
    <Box sx={{ mt: 1 }}>
      <RecordHeader
        overline="resources.monthly-reports.name"
        title={monthName(record.monthKey, locale)}
        titleTestId="monthly-month"
        titleSx={{}}
        chips={
          <>
            <MonthlyStatusChip status={record.status} />
            <DueChip record={record} />
            <DownloadButton
              path={`monthly-reports/${record.id}/report.pdf`}
              fileName={file}
              label={record.status === 'final' ? 'lentera.monthly_reports.pdf' : 'lentera.monthly_reports.preview'}
              variant="outlined"
            />
          </>
        }
        actions={<ReportActions record={record} />}
      >
        {record.document && (
          <Typography variant="body2" sx={{ mt: 1 }} data-testid="monthly-document">
            {translate('lentera.monthly_reports.document')}: {record.document.number} ·{' '}
            <a href={`/verifikasi/${record.document.verificationCode}`} target="_blank" rel="noreferrer">
              {translate('lentera.monthly_reports.verify')} ({record.document.verificationCode})
            </a>
            <br />
            <Box component="span" sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>
              SHA-256 {record.document.sha256}
            </Box>
          </Typography>
        )}
      </RecordHeader>
      <Figures record={record} />
    </Box>
  );
};

/** One month's report: its figures, the signing steps and the frozen PDF. */
const MonthlyReportShow = () => (
  <Show actions={false} component="div">
    <Layout />
  </Show>
);

export default MonthlyReportShow;
