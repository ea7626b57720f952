import { Alert, Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { BigDate, DeadlinePanel } from '../common/ClockList';
import { formatDate } from '../common/dates';
import type { InfoRequest } from '../api/types';
import { DueBadge } from './fields';

/** The legal clocks: due date(s), working days left, how each deadline was derived, and the rules followed. */
export const DeadlineCard = ({ record }: { record: InfoRequest }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const deadline = record.deadline;
  const pick = (text: { id: string; en: string } | null | undefined) =>
    text ? (locale === 'en' ? text.en : text.id) : null;
  const open = record.flags?.workingDaysLeft !== null && record.flags?.workingDaysLeft !== undefined;
  return (
    <DeadlinePanel
      title="lentera.requests.deadline.title"
      dates={
        <>
          <BigDate
            label="lentera.requests.deadline.due"
            date={record.dueDate}
            strike={!!record.extendedDueDate}
            testId="due-date"
          />
          {record.extendedDueDate && (
            <BigDate
              label="lentera.requests.deadline.extended_due"
              date={record.extendedDueDate}
              testId="extended-due-date"
            />
          )}
        </>
      }
      state={
        open ? (
          <DueBadge flags={record.flags} due={record.effectiveDueDate} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('lentera.requests.deadline.stopped')}
          </Typography>
        )
      }
      clocks={deadline?.clocks}
      clocksTestId="request-clocks"
      ruleSet={record.ruleSet}
    >
      {deadline && (
        <Typography variant="body2" data-testid="deadline-explanation" sx={{ mb: 1 }}>
          {pick(deadline.explanation)}
        </Typography>
      )}
      {deadline?.extendedExplanation && (
        <Typography variant="body2" data-testid="extended-explanation" sx={{ mb: 1 }}>
          {translate('lentera.requests.deadline.extended_label')}: {pick(deadline.extendedExplanation)}
        </Typography>
      )}
      {deadline && deadline.skipped.length > 0 && (
        <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 0.5, mb: 1 }}>
          {deadline.skipped.map((h) => (
            <Chip key={h.date} variant="outlined" label={`${formatDate(h.date, locale)} · ${h.name}`} />
          ))}
        </Stack>
      )}
      {record.status === 'incomplete' && record.incompleteDueDate && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {translate('lentera.requests.deadline.incomplete', {
            date: formatDate(record.incompleteDueDate, locale, { weekday: true }),
          })}
          {record.incompleteNote ? ` — ${record.incompleteNote}` : ''}
        </Alert>
      )}
      {record.extensionReason && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('lentera.requests.deadline.extension_reason')}: {record.extensionReason}
        </Typography>
      )}
    </DeadlinePanel>
  );
};
