import EventIcon from '@mui/icons-material/Event';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ReactNode } from 'react';
import type { ClockView, MatterRuleSet } from '../api/types';
import { formatDate } from './dates';
import { Panel } from './Panel';
import { REGIME_LABELS, formatRuleValue, isRegime, langOf, pick } from './legal';

/** One legal clock: what it is, its due date, how it was counted (in the console's language), what starts and stops it. */
const ClockItem = ({ clock }: { clock: ClockView }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lang = langOf(locale);
  const running = clock.state === 'running';
  return (
    <Box
      data-testid={`clock-${clock.kind}`}
      data-state={clock.state}
      sx={{ py: 1.25, borderTop: 1, borderColor: 'divider', '&:first-of-type': { borderTop: 0, pt: 0 } }}
    >
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <Typography variant="body2" sx={{ fontWeight: 600, minWidth: 0 }}>
          {pick(clock.label, locale)}
        </Typography>
        <Chip
          size="small"
          variant={running ? 'filled' : 'outlined'}
          color={running ? 'primary' : 'default'}
          label={translate(`lentera.legal.clock_states.${clock.state}`, { _: clock.state })}
        />
      </Box>
      <Typography variant="body2" sx={{ mt: 0.25 }}>
        {translate('lentera.legal.clock_due', { date: formatDate(clock.dueDate, locale, { weekday: true }) })}
        {' · '}
        <Box component="span" data-testid="clock-days" sx={{ fontWeight: 600 }}>
          {formatRuleValue(clock.days, 'working_days', lang)}
        </Box>
        {clock.extensionDays > 0 &&
          ` + ${translate('lentera.legal.clock_extension', {
            days: formatRuleValue(clock.extensionDays, 'working_days', lang),
          })}`}
      </Typography>
      <Typography variant="body2" color="text.secondary" data-testid="clock-text" sx={{ overflowWrap: 'anywhere' }}>
        {pick(clock.text, locale)}
      </Typography>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.25 }}>
        {translate('lentera.legal.clock_starts_stops', {
          starts: pick(clock.starts, locale),
          stops: pick(clock.stops, locale),
        })}
      </Typography>
      {clock.skipped.length > 0 && (
        <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
          {clock.skipped.map((h) => (
            <Chip
              key={h.date}
              size="small"
              variant="outlined"
              label={`${formatDate(h.date, locale)} · ${h.name}`}
              sx={{ maxWidth: '100%' }}
            />
          ))}
        </Stack>
      )}
    </Box>
  );
};

/** Every legal clock of a matter with its explanation (GET /requests/:id → deadline.clocks, /objections/:id → clocks). */
export const ClockList = ({ clocks, testId = 'clock-list' }: { clocks: ClockView[] | undefined; testId?: string }) => {
  const translate = useTranslate();
  if (!clocks?.length) return null;
  return (
    <Box data-testid={testId} sx={{ mt: 1 }}>
      <Typography variant="overline" component="h3" color="text.secondary" sx={{ display: 'block' }}>
        {translate('lentera.legal.clocks_title')}
      </Typography>
      {clocks.map((clock) => (
        <ClockItem key={`${clock.kind}-${clock.startDate}`} clock={clock} />
      ))}
    </Box>
  );
};

/** A due date, large, with its weekday; struck through when an extension replaced it. */
export const BigDate = ({
  label,
  date,
  strike,
  testId,
}: {
  label: string;
  date: string;
  strike?: boolean;
  testId?: string;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box sx={{ minWidth: 150 }}>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
        {translate(label)}
      </Typography>
      <Typography
        variant="h6"
        data-testid={testId}
        sx={{ textDecoration: strike ? 'line-through' : undefined, color: strike ? 'text.secondary' : undefined }}
      >
        {formatDate(date, locale, { weekday: true })}
      </Typography>
    </Box>
  );
};

/** The rule set a matter follows: its regime's rules as in force on the day it was received or filed. */
export const RuleSetLine = ({ ruleSet }: { ruleSet: MatterRuleSet | null | undefined }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!ruleSet) return null;
  return (
    <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }} data-testid="rule-set-line">
      {translate('lentera.legal.follows', {
        regime: isRegime(ruleSet.regime) ? pick(REGIME_LABELS[ruleSet.regime], locale) : ruleSet.regime,
        basis: ruleSet.basis,
      })}
    </Typography>
  );
};

/**
 * A request's or an objection's deadline card: its due dates, where its clock stands (`state`), what the matter adds
 * (`children`), then each clock with how it was counted and the rules followed.
 */
export const DeadlinePanel = ({
  title,
  dates,
  state,
  stateTestId,
  clocks,
  clocksTestId,
  ruleSet,
  children,
}: {
  title: string;
  dates: ReactNode;
  state: ReactNode;
  stateTestId?: string;
  clocks: ClockView[] | undefined;
  clocksTestId: string;
  ruleSet: MatterRuleSet | null | undefined;
  children?: ReactNode;
}) => (
  <Panel title={title} testId="deadline-card" action={<EventIcon color="action" fontSize="small" />}>
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 3, mb: 1 }}>
      {dates}
    </Stack>
    <Box sx={{ mb: 1.5 }} data-testid={stateTestId}>
      {state}
    </Box>
    {children}
    <ClockList clocks={clocks} testId={clocksTestId} />
    <RuleSetLine ruleSet={ruleSet} />
  </Panel>
);
