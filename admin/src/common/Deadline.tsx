import { Alert, AlertTitle, Chip, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDayLong, todayIn } from './dates';
import { dueView, type DeadlineFlags } from './due';
import { useOfficeTimeZone } from './fields';

/** The deadline's state for today in the office's zone, and a day written out in the user's language. */
function useDue(flags: DeadlineFlags | null | undefined, due: string | null | undefined) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const today = todayIn(useOfficeTimeZone());
  return { translate, view: dueView(flags, due, today), day: (date: string) => formatDayLong(date, locale, today) };
}

/** A record's deadline flags and due day, and the messages its words come from. */
interface DeadlineProps {
  flags: DeadlineFlags | null | undefined;
  due: string | null | undefined;
  messages: string;
}

/**
 * Red when late ("Lewat batas sejak Jumat, 4 Desember"), amber when due soon by the office's rule, else the working
 * days left. `messages` holds overdue (with %{date}), due_today and days_left (with smart_count).
 */
export const DeadlineBadge = ({ flags, due, messages }: DeadlineProps) => {
  const { translate, view, day } = useDue(flags, due);
  if (!view) return null;
  if (view.state === 'overdue') {
    return (
      <Chip
        size="small"
        color="error"
        label={translate(`${messages}.overdue`, { date: day(view.since) })}
        data-flag="overdue"
        // the date in words is long: it wraps in a narrow column (queue board, phone) rather than being cut
        sx={{ maxWidth: '100%', height: 'auto', py: 0.25, '& .MuiChip-label': { whiteSpace: 'normal' } }}
      />
    );
  }
  const label =
    view.state === 'due_today'
      ? translate(`${messages}.due_today`)
      : translate(`${messages}.days_left`, { smart_count: view.workingDaysLeft });
  if (view.state !== 'open') return <Chip size="small" color="warning" label={label} data-flag="due-soon" />;
  return (
    <Typography component="span" variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
      {label}
    </Typography>
  );
};

/**
 * At the top of a request's or an objection's page while it is open and past its deadline: since when it is late
 * and what to do now. `messages` holds title (with %{date}) and next.
 */
export const OverdueBanner = ({ flags, due, messages }: DeadlineProps) => {
  const { translate, view, day } = useDue(flags, due);
  if (view?.state !== 'overdue') return null;
  return (
    <Alert severity="error" data-testid="overdue-banner" sx={{ mb: 2 }}>
      <AlertTitle>{translate(`${messages}.title`, { date: day(view.since) })}</AlertTitle>
      {translate(`${messages}.next`)}
    </Alert>
  );
};
