import GavelIcon from '@mui/icons-material/Gavel';
import HistoryIcon from '@mui/icons-material/History';
import PublishIcon from '@mui/icons-material/Publish';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import {
  Alert,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Chip,
  Stack,
  Tab,
  Tabs,
  Tooltip,
  Typography,
  type ChipProps,
} from '@mui/material';
import { useState } from 'react';
import { Loading, Title, useGetIdentity, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { canAccess } from '../access';
import type { LenteraIdentity } from '../authProvider';
import { Panel } from '../common/Panel';
import { formatDate, todayIn } from '../common/dates';
import { formatInZone } from '../common/datetime';
import { useOfficeTimeZone } from '../common/fields';
import { useSmall } from '../common/useSmall';
import {
  CLOCKS,
  REGIMES,
  REGIME_LABELS,
  RULE_DEFS,
  RULE_KEYS,
  clocksOfRule,
  formatRuleValue,
  langOf,
  pick,
  type Regime,
  type RuleKey,
} from '../common/legal';
import { useApi } from '../common/mutations';
import { PublishDialog } from './PublishDialog';
import { changedValues, historyOf, predecessorOf, resolveVersion, versionState, type VersionState } from './logic';
import type { RuleSetRow } from './types';
import { NamedRow } from '../common/NamedRow';

const STATE_COLORS: Record<VersionState, ChipProps['color']> = {
  in_force: 'success',
  scheduled: 'info',
  earlier: 'default',
  overridden: 'default',
};

const ScopeChip = ({ row }: { row: RuleSetRow }) => {
  const translate = useTranslate();
  const national = row.officeId === null || row.officeId === undefined;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={national ? 'primary' : 'secondary'}
      label={translate(national ? 'lentera.rule_sets.scope.national' : 'lentera.rule_sets.scope.office')}
    />
  );
};

/** "belum terkonfirmasi": the value's article could not be read in the regulation's own text (docs/legal). */
export const UnconfirmedChip = ({ note }: { note?: string }) => {
  const translate = useTranslate();
  return (
    <Tooltip title={note ?? translate('lentera.rule_sets.unconfirmed_hint')}>
      <Chip
        size="small"
        color="warning"
        variant="outlined"
        icon={<WarningAmberIcon />}
        label={translate('lentera.rule_sets.unconfirmed')}
        data-testid="unconfirmed"
      />
    </Tooltip>
  );
};

/** One rule of the version in force: what it means, its value and unit, and where the law says so. */
const RuleRow = ({ row, ruleKey }: { row: RuleSetRow; ruleKey: RuleKey }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lang = langOf(locale);
  const def = RULE_DEFS[ruleKey];
  const source = row.sources?.[ruleKey];
  // the clocks this rule gives the length of (not those it only extends): when they start counting
  const clocks = clocksOfRule(ruleKey).filter((k) => CLOCKS[k].rule === ruleKey);
  const value = row.ruleValues[ruleKey];
  return (
    <NamedRow
      testId={`rule-${ruleKey}`}
      columns={{ xs: '1fr auto', md: 'minmax(0, 5fr) minmax(120px, 2fr) minmax(0, 5fr)' }}
      spacing={{ columnGap: 2, rowGap: 0.5, py: 1.25 }}
      name={pick(def.label, locale)}
      notes={
        clocks.length > 0 && (
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            {translate('lentera.rule_sets.counted_from', {
              starts: clocks.map((k) => pick(CLOCKS[k].starts, locale)).join('; '),
            })}
          </Typography>
        )
      }
    >
      <Typography
        variant="body1"
        sx={{ fontWeight: 700, whiteSpace: 'nowrap', textAlign: { xs: 'right', md: 'left' } }}
        data-testid={`rule-value-${ruleKey}`}
      >
        {value === undefined ? '—' : formatRuleValue(value, def.unit, lang)}
      </Typography>
      <Box sx={{ minWidth: 0, gridColumn: { xs: '1 / -1', md: 'auto' } }}>
        {source ? (
          <>
            <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 0.75, alignItems: 'center' }}>
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                {source.basis}
              </Typography>
              {!source.confirmed && <UnconfirmedChip note={source.note} />}
            </Stack>
            {source.note && (
              <Typography variant="caption" color="text.secondary" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
                {source.note}
              </Typography>
            )}
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            —
          </Typography>
        )}
      </Box>
    </NamedRow>
  );
};

/** The version in force today for one regime: every rule with its label, value and legal source. */
const InForce = ({ row, regime }: { row: RuleSetRow | null; regime: Regime }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!row)
    return (
      <Alert severity="warning" sx={{ mb: 2 }}>
        {translate('lentera.rule_sets.none_in_force', { regime: pick(REGIME_LABELS[regime], locale) })}
      </Alert>
    );
  const unconfirmed = RULE_KEYS.filter((k) => row.sources?.[k] && !row.sources[k].confirmed).length;
  return (
    <Panel
      title="lentera.rule_sets.in_force"
      testId={`in-force-${regime}`}
      action={<GavelIcon color="action" fontSize="small" />}
    >
      <Typography variant="h6" component="h3">
        {row.name}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {row.basis}
      </Typography>
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, my: 1, alignItems: 'center' }}>
        <ScopeChip row={row} />
        <Typography variant="body2" color="text.secondary">
          {translate('lentera.rule_sets.effective_since', { date: formatDate(row.effectiveFrom, locale) })}
        </Typography>
      </Stack>
      {unconfirmed > 0 && (
        <Alert severity="warning" sx={{ my: 1 }} data-testid="unconfirmed-note">
          {translate('lentera.rule_sets.unconfirmed_note', { smart_count: unconfirmed })}
        </Alert>
      )}
      <Box
        sx={{
          display: { xs: 'none', md: 'grid' },
          gridTemplateColumns: 'minmax(0, 5fr) minmax(120px, 2fr) minmax(0, 5fr)',
          columnGap: 2,
          pt: 1,
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        {['rule', 'value', 'basis'].map((h) => (
          <Typography key={h} variant="caption" color="text.secondary" sx={{ pb: 0.5 }}>
            {translate(`lentera.rule_sets.columns.${h}`)}
          </Typography>
        ))}
      </Box>
      {RULE_KEYS.map((key) => (
        <RuleRow key={key} row={row} ruleKey={key} />
      ))}
    </Panel>
  );
};

/** Every version of one regime the office works with, newest first: when, why, who, and what changed. */
const History = ({ rows, regime, today }: { rows: RuleSetRow[]; regime: Regime; today: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const timeZone = useOfficeTimeZone();
  const lang = langOf(locale);
  const versions = historyOf(rows, regime);
  return (
    <Panel
      title="lentera.rule_sets.history"
      testId={`history-${regime}`}
      action={<HistoryIcon color="action" fontSize="small" />}
    >
      {versions.map((v) => {
        const state = versionState(rows, v, today);
        const changes = changedValues(v, predecessorOf(rows, v));
        return (
          <Box
            key={v.id}
            data-testid={`version-${v.id}`}
            sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider', '&:last-of-type': { borderBottom: 0 } }}
          >
            <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
              <Typography variant="subtitle2" component="span">
                {translate('lentera.rule_sets.effective_from', { date: formatDate(v.effectiveFrom, locale) })}
              </Typography>
              <Chip
                size="small"
                color={STATE_COLORS[state]}
                variant={state === 'in_force' ? 'filled' : 'outlined'}
                label={translate(`lentera.rule_sets.states.${state}`)}
              />
              <ScopeChip row={v} />
            </Stack>
            <Typography variant="body2" sx={{ mt: 0.5, overflowWrap: 'anywhere' }} data-testid="version-reason">
              {v.reason}
            </Typography>
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
              {translate('lentera.rule_sets.published_by', {
                who: v.createdByName || translate('lentera.rule_sets.system'),
                at: formatInZone(v.createdAt, timeZone, locale),
              })}
              {v.basis ? ` · ${v.basis}` : ''}
            </Typography>
            {changes.length > 0 && (
              <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }} data-testid="version-changes">
                {changes.map((c) => (
                  <Typography component="li" variant="body2" key={c.key}>
                    {pick(RULE_DEFS[c.key].label, locale)}:{' '}
                    {c.from === null ? '—' : formatRuleValue(c.from, RULE_DEFS[c.key].unit, lang)} →{' '}
                    <strong>{formatRuleValue(c.to, RULE_DEFS[c.key].unit, lang)}</strong>
                  </Typography>
                ))}
              </Box>
            )}
          </Box>
        );
      })}
    </Panel>
  );
};

/**
 * Aturan layanan: the rules of each regime as versioned data (UU 14/2008 jo. PerKI 1/2021; PerKI 1/2019 for election
 * information), the version in force with its legal sources, the history, and for administrators a new version with
 * an effective date. A request keeps the version in force on the day it was received.
 */
const RuleSetsPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<string[]>();
  const { identity } = useGetIdentity();
  const office = (identity as LenteraIdentity | undefined)?.office;
  const timeZone = useOfficeTimeZone();
  const today = todayIn(timeZone);
  const [regime, setRegime] = useState<Regime>('general');
  const [publishing, setPublishing] = useState(false);
  const small = useSmall();
  const { data: rows, error } = useApi<RuleSetRow[]>('rule-sets');
  const canPublish = canAccess(permissions, { action: 'create', resource: 'rule-sets' });

  if (!rows)
    return error ? (
      <Alert severity="error" sx={{ mt: 2 }}>
        {error.message}
      </Alert>
    ) : (
      <Loading />
    );
  const current = resolveVersion(rows, regime, today);

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="lentera.rule_sets.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 860 }}>
            {translate('lentera.rule_sets.intro')}
          </Typography>
          {canPublish && (
            <MuiButton
              variant="contained"
              startIcon={<PublishIcon />}
              sx={{ mt: 2 }}
              onClick={() => setPublishing(true)}
              data-testid="publish-rule-set"
            >
              {translate('lentera.rule_sets.publish.open')}
            </MuiButton>
          )}
        </CardContent>
        <Tabs
          value={regime}
          onChange={(_, value: Regime) => setRegime(value)}
          variant={small ? 'fullWidth' : 'standard'}
          sx={{ px: 1, borderTop: 1, borderColor: 'divider' }}
          aria-label={translate('lentera.legal.regime')}
        >
          {REGIMES.map((r) => (
            <Tab key={r} value={r} label={pick(REGIME_LABELS[r], locale)} data-testid={`tab-${r}`} />
          ))}
        </Tabs>
      </Card>
      <InForce row={current} regime={regime} />
      <History rows={rows} regime={regime} today={today} />
      {publishing && (
        <PublishDialog
          regime={regime}
          base={current}
          today={today}
          national={office?.level === 'national'}
          onClose={() => setPublishing(false)}
        />
      )}
    </Box>
  );
};

export default RuleSetsPage;
