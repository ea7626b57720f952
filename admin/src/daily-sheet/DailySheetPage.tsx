import { Box, Card, CardContent, Link, TableCell, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { LinkBase, Loading, Title, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import type { DailySheet } from '../api/types';
import { SmallTable } from '../common/SmallTable';
import { useApi } from '../common/mutations';
import { PeriodDocumentButtons } from '../common/DocumentButtons';
import { formatDate, todayIn } from '../common/dates';
import { formatInZone } from '../common/datetime';
import { useOfficeTimeZone } from '../common/fields';
import { StatusChip } from '../requests/fields';
import { DatePickerId } from '../common/DateInputId';
import { ErrorAlert } from '../common/ErrorAlert';

const Summary = ({ label, value, testId, color }: { label: string; value: number; testId: string; color?: string }) => (
  <Box data-testid={testId} sx={{ flex: '1 1 140px', p: 2, borderRadius: 1, border: 1, borderColor: 'divider' }}>
    <Typography variant="h4" sx={{ fontWeight: 700, color }}>
      {value}
    </Typography>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
  </Box>
);

const Empty = ({ colSpan }: { colSpan: number }) => {
  const translate = useTranslate();
  return (
    <TableRow>
      <TableCell colSpan={colSpan}>
        <Typography variant="body2" color="text.secondary">
          {translate('lentera.daily_sheet.none')}
        </Typography>
      </TableCell>
    </TableRow>
  );
};

/** Data layanan harian (SOP step 7): what the desk received, decided and delivered on one day, printable as a PDF. */
const DailySheetPage = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const timeZone = useOfficeTimeZone();
  const [date, setDate] = useState(() => todayIn(timeZone));
  // the sheet of the day shown stays while another day loads; cached under `daily-sheets`
  const answer = useApi<DailySheet>(
    /^\d{4}-\d{2}-\d{2}$/.test(date) ? `daily-sheets?date=${encodeURIComponent(date)}` : null,
  );
  const sheet = answer.data ?? null;
  const problem = answer.error?.message ?? null;
  const loading = answer.loading;

  const requestLink = (id: number | string, number: string) => (
    <Link component={LinkBase} to={createPath({ resource: 'requests', type: 'show', id })}>
      {number}
    </Link>
  );

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="lentera.daily_sheet.title" />
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 2, mb: 2 }}>
            <DatePickerId
              name="date"
              label={translate('lentera.daily_sheet.date')}
              value={date}
              // a cleared field keeps the day shown: the sheet is always of one day
              onChange={(day) => day && setDate(day)}
            />
            {sheet && (
              <Typography variant="body2" color="text.secondary">
                {sheet.office.name} · {formatDate(sheet.date, locale, { weekday: true })}
              </Typography>
            )}
            <Box sx={{ flex: 1 }} />
            <PeriodDocumentButtons
              testId="daily-sheet-pdf"
              label="lentera.documents.kinds.daily_sheet"
              issuePath="daily-sheets/pdf"
              previewPath={`daily-sheets/pdf?date=${encodeURIComponent(date)}`}
              body={{ date }}
              fileName={`data-layanan-harian-${date}.pdf`}
              canIssue
            />
          </Box>
          <ErrorAlert message={problem} sx={{ mb: 2 }} />
          {!sheet ? (
            problem ? null : (
              <Loading />
            )
          ) : (
            <Box sx={{ opacity: loading ? 0.5 : 1 }} data-testid="daily-sheet">
              <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 3 }}>
                <Summary
                  testId="sheet-received"
                  label={translate('lentera.daily_sheet.received')}
                  value={sheet.received.length}
                />
                <Summary
                  testId="sheet-decided"
                  label={translate('lentera.daily_sheet.decided')}
                  value={sheet.decided.length}
                />
                <Summary
                  testId="sheet-delivered"
                  label={translate('lentera.daily_sheet.delivered')}
                  value={sheet.delivered}
                />
                <Summary
                  testId="sheet-open"
                  label={translate('lentera.daily_sheet.open_at_end')}
                  value={sheet.openAtEnd}
                  color="primary.main"
                />
                <Summary
                  testId="sheet-overdue"
                  label={translate('lentera.daily_sheet.overdue_at_end')}
                  value={sheet.overdueAtEnd}
                  color={sheet.overdueAtEnd > 0 ? 'error.main' : undefined}
                />
              </Box>

              <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
                {translate('lentera.daily_sheet.received_title')}
              </Typography>
              <SmallTable
                head={[
                  'lentera.daily_sheet.number',
                  'lentera.daily_sheet.received_at',
                  'lentera.daily_sheet.requester',
                  'lentera.daily_sheet.channel',
                  'lentera.daily_sheet.information',
                  'lentera.daily_sheet.status',
                  'lentera.daily_sheet.due_date',
                ]}
                sx={{ mb: 3 }}
                testId="sheet-received-table"
              >
                {sheet.received.length === 0 && <Empty colSpan={7} />}
                {sheet.received.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{requestLink(r.id, r.number)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatInZone(r.receivedAt, timeZone, locale)}</TableCell>
                    <TableCell>{r.requesterName}</TableCell>
                    <TableCell>{translate(`lentera.requests.channels.${r.channel}`, { _: r.channel })}</TableCell>
                    <TableCell sx={{ maxWidth: 360 }}>{r.informationRequested}</TableCell>
                    <TableCell>
                      <StatusChip status={r.status} />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(r.dueDate, locale)}</TableCell>
                  </TableRow>
                ))}
              </SmallTable>

              <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
                {translate('lentera.daily_sheet.decided_title')}
              </Typography>
              <SmallTable
                head={[
                  'lentera.daily_sheet.number',
                  'lentera.daily_sheet.requester',
                  'lentera.daily_sheet.decision',
                  'lentera.daily_sheet.working_days',
                ]}
                sx={{ mb: 3 }}
                testId="sheet-decided-table"
              >
                {sheet.decided.length === 0 && <Empty colSpan={4} />}
                {sheet.decided.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{requestLink(r.id, r.number)}</TableCell>
                    <TableCell>{r.requesterName}</TableCell>
                    <TableCell>{translate(`lentera.requests.decisions.${r.decision}`, { _: r.decision })}</TableCell>
                    <TableCell>{translate('lentera.daily_sheet.days', { smart_count: r.workingDays })}</TableCell>
                  </TableRow>
                ))}
              </SmallTable>

              <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
                {translate('lentera.daily_sheet.steps_title')}
              </Typography>
              <SmallTable
                head={[
                  'lentera.daily_sheet.step',
                  'lentera.daily_sheet.standard',
                  'lentera.daily_sheet.recorded',
                  'lentera.daily_sheet.within_standard',
                  'lentera.daily_sheet.median',
                ]}
                testId="sheet-steps-table"
              >
                {sheet.steps.length === 0 && <Empty colSpan={5} />}
                {sheet.steps.map((s) => (
                  <TableRow key={s.step}>
                    <TableCell>{translate('lentera.daily_sheet.step_n', { step: s.step })}</TableCell>
                    <TableCell>
                      {translate('lentera.daily_sheet.minutes', { smart_count: s.standardMinutes })}
                    </TableCell>
                    <TableCell>{s.recorded}</TableCell>
                    <TableCell>{s.withinStandard}</TableCell>
                    <TableCell>
                      {s.medianMinutes === null || s.medianMinutes === undefined
                        ? '—'
                        : translate('lentera.daily_sheet.minutes', {
                            smart_count: Math.round(s.medianMinutes * 10) / 10,
                          })}
                    </TableCell>
                  </TableRow>
                ))}
              </SmallTable>
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};

export default DailySheetPage;
