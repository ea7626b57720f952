import PrintIcon from '@mui/icons-material/Print';
import RefreshIcon from '@mui/icons-material/Refresh';
import {
  Alert,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  GlobalStyles,
  LinearProgress,
  Link,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TableSortLabel,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useMemo, useState, type ReactNode } from 'react';
import {
  Loading,
  Title,
  useGetIdentity,
  useGetList,
  useGetMany,
  useGetOne,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import type { LenteraIdentity } from '../authProvider';
import { fieldErrorsOf } from '../common/fieldErrors';
import { DEFAULT_RULES } from '../common/rules';
import { formatDate, todayIn } from '../common/dates';
import { ComparisonChart, DailyChart, MonthlyChart, OutcomeChart, SERIES_COLORS } from './charts';
import { usePrinting, useApi, useSettingsList } from './hooks';
import {
  PRESETS,
  comparisonRow,
  dailyRows,
  firstOrder,
  formatNumber,
  formatPercent,
  meetsTarget,
  metricsPath,
  monthlyRows,
  onTimeTarget,
  outcomeRows,
  pathIds,
  pickerChoices,
  presetOf,
  presetRange,
  rangeProblem,
  regimeRows,
  REGIME_CHOICES,
  sortComparison,
  type ComparisonKey,
  type DateRange,
  type OfficeOption,
  type SortOrder,
} from './logic';
import type { Comparison, Dashboard, Regime, Summary } from './types';
import { Heading } from '../common/SectionHeading';
import { DatePickerId } from '../common/DateInputId';

// ── print: white paper, no app bar or menu, charts as wide as the page, no card cut in two ──

const PrintStyles = () => (
  <GlobalStyles
    styles={{
      '@page': { size: 'A4 portrait', margin: '12mm' },
      '@media print': {
        'html, body, #root, .RaLayout-appFrame, .RaLayout-contentWithSidebar, .RaLayout-content': {
          background: '#fff !important',
          color: '#000',
        },
        '*': { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
        '.RaAppBar-appBar, .MuiAppBar-root, .RaSidebar-root, .RaSidebar-docked, .MuiDrawer-docked, .RaSidebar-fixed, .metrics-no-print, .MuiLinearProgress-root':
          {
            display: 'none !important',
          },
        // react-admin's layout is at least as wide as its content (min-width: fit-content): let the page set the width.
        '.layout, .RaLayout-appFrame, .RaLayout-contentWithSidebar, .RaLayout-content': { minWidth: '0 !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important', minHeight: 'auto !important' },
        '.RaLayout-content, #main-content': {
          padding: '0 !important',
          margin: '0 !important',
          width: '100% !important',
        },
        '.metrics-page': { marginTop: '0 !important' },
        '.metrics-card': {
          breakInside: 'avoid',
          pageBreakInside: 'avoid',
          boxShadow: 'none !important',
          border: '1px solid #bdbdbd',
          background: '#fff !important',
        },
        '.metrics-col': { flex: '1 1 100% !important', maxWidth: '100% !important', minWidth: '0 !important' },
        '.metrics-tile': { breakInside: 'avoid', flex: '1 1 20% !important', minWidth: '0 !important' },
        '.metrics-print-only': { display: 'block !important' },
        '.metrics-card .MuiTableCell-root': { padding: '3px 6px', fontSize: '11px', lineHeight: 1.3 },
        '.metrics-card .MuiTableSortLabel-icon': { display: 'none !important' },
      },
    }}
  />
);

// ── small building blocks ──

const Section = ({
  title,
  hint,
  children,
  testId,
  className,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
  testId?: string;
  className?: string;
}) => {
  const translate = useTranslate();
  return (
    <Card className={`metrics-card ${className ?? ''}`} data-testid={testId} sx={{ mb: 2, minWidth: 0 }}>
      <CardContent>
        <Heading text={title} sx={{ display: 'block', lineHeight: 1.8 }} />
        {hint && (
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
            {translate(hint)}
          </Typography>
        )}
        {children}
      </CardContent>
    </Card>
  );
};

/**
 * A small table (its head row, then its rows) that scrolls sideways inside its card when it is wider than the screen.
 * Width 0 with a minimum of 100 %: it fills the card but adds nothing to the page's own width (react-admin's layout is
 * at least as wide as its content, so a plain overflow box widened the whole page on a phone, 620 px at 390). Tighter
 * cells on a phone.
 */
const ScrollTable = ({ head, testId, children }: { head: ReactNode; testId?: string; children: ReactNode }) => (
  <Box
    sx={{
      overflowX: 'auto',
      width: 0,
      minWidth: '100%',
      '& .MuiTableCell-root': { px: { xs: 0.75, md: 1, xl: 2 } },
    }}
  >
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>{head}</TableRow>
      </TableHead>
      <TableBody>{children}</TableBody>
    </Table>
  </Box>
);

const Row = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, '& > .metrics-col': { flex: '1 1 440px', minWidth: 0 } }}>
    {children}
  </Box>
);

const Tile = ({
  id,
  label,
  value,
  caption,
  color,
  raw,
}: {
  id: string;
  label: string;
  value: string;
  caption?: ReactNode;
  color?: string;
  raw?: number | null;
}) => {
  const translate = useTranslate();
  return (
    <Box
      className="metrics-tile"
      data-testid={`kpi-${id}`}
      data-value={raw ?? ''}
      sx={{
        flex: '1 1 130px',
        p: 1.5,
        borderRadius: 1,
        border: 1,
        borderColor: 'divider',
        borderLeft: 4,
        borderLeftColor: color ?? 'primary.main',
        bgcolor: 'background.paper',
      }}
    >
      <Typography variant="body2" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography
        variant="h5"
        component="p"
        sx={{ fontWeight: 700, color: color ?? 'text.primary' }}
        data-testid={`kpi-${id}-value`}
      >
        {value}
      </Typography>
      {caption && (
        <Typography variant="caption" color="text.secondary" component="p">
          {caption}
        </Typography>
      )}
    </Box>
  );
};

/** A tile of a count of requests, in the locale's digits; its series' colour (and name) ties it to the charts. */
const CountTile = ({
  series,
  count,
  caption,
}: {
  series: keyof typeof SERIES_COLORS;
  count: number;
  caption?: ReactNode;
}) => {
  const [locale] = useLocaleState();
  return (
    <Tile
      id={series}
      label={`lentera.metrics.kpi.${series}`}
      value={formatNumber(count, locale)}
      raw={count}
      color={SERIES_COLORS[series]}
      caption={caption}
    />
  );
};

const Swatch = ({ color }: { color: string }) => (
  <Box
    component="span"
    sx={{
      display: 'inline-block',
      width: 12,
      height: 12,
      borderRadius: 0.5,
      bgcolor: color,
      mr: 1,
      verticalAlign: 'middle',
    }}
  />
);

// ── the parts of the page ──

const KpiTiles = ({ summary, target }: { summary: Summary; target: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = summary.timeliness;
  const ok = meetsTarget(t.onTimeRate, target);
  const days = (value: number | null) =>
    value === null ? '—' : translate('lentera.metrics.kpi.days', { value: formatNumber(value, locale) });
  const atEnd = translate('lentera.metrics.kpi.at_end', { date: formatDate(summary.to, locale) });
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, mb: 2 }} data-testid="kpi-tiles">
      <CountTile series="received" count={summary.received.total} />
      <CountTile series="decided" count={summary.decided.total} />
      <Tile
        id="on-time"
        label="lentera.metrics.kpi.on_time"
        value={formatPercent(t.onTimeRate, locale)}
        raw={t.onTimeRate}
        color={ok === null ? undefined : ok ? 'success.main' : 'error.main'}
        caption={
          ok === null
            ? translate('lentera.metrics.kpi.no_decisions')
            : translate('lentera.metrics.kpi.target', { target: formatPercent(target / 100, locale) })
        }
      />
      <Tile id="median" label="lentera.metrics.kpi.median" value={days(t.medianDays)} raw={t.medianDays} />
      <Tile id="p90" label="lentera.metrics.kpi.p90" value={days(t.p90Days)} raw={t.p90Days} />
      <CountTile series="open" count={summary.queue.open} caption={atEnd} />
      <CountTile series="overdue" count={summary.queue.overdue} caption={atEnd} />
    </Box>
  );
};

const OutcomeSection = ({ summary }: { summary: Summary }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const rows = outcomeRows(summary.decided.byOutcome);
  return (
    <Section title="lentera.metrics.charts.outcome" testId="metrics-outcome" className="metrics-col">
      <OutcomeChart rows={rows} />
      <Table size="small">
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.outcome}>
              <TableCell>
                <Swatch color={r.fill} />
                {translate(`lentera.metrics.outcomes.${r.outcome}`)}
              </TableCell>
              <TableCell align="right">{formatNumber(r.value, locale)}</TableCell>
              <TableCell align="right">{formatPercent(r.share, locale)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

const StepsSection = ({ summary, standards }: { summary: Summary; standards: Record<1 | 2 | 3, number> }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const minutes = (value: number | null) =>
    value === null ? '—' : translate('lentera.metrics.steps.minutes', { value: formatNumber(value, locale) });
  return (
    <Section title="lentera.metrics.steps.title" testId="metrics-steps" className="metrics-col">
      <ScrollTable
        head={
          <>
            <TableCell>{translate('lentera.metrics.steps.step')}</TableCell>
            <TableCell align="right">{translate('lentera.metrics.steps.standard')}</TableCell>
            <TableCell align="right">{translate('lentera.metrics.steps.measured')}</TableCell>
            <TableCell align="right">{translate('lentera.metrics.steps.within')}</TableCell>
            <TableCell align="right">{translate('lentera.metrics.steps.share')}</TableCell>
            <TableCell align="right">{translate('lentera.metrics.steps.median')}</TableCell>
          </>
        }
      >
        {summary.steps.map((s) => (
          <TableRow key={s.step} data-testid={`step-${s.step}`}>
            <TableCell>{translate(`lentera.metrics.steps.name_${s.step}`)}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {minutes(standards[s.step])}
            </TableCell>
            <TableCell align="right">{formatNumber(s.measured, locale)}</TableCell>
            <TableCell align="right">{formatNumber(s.withinStandard, locale)}</TableCell>
            <TableCell align="right" sx={{ fontWeight: 600 }}>
              {formatPercent(s.share, locale)}
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {minutes(s.medianMinutes)}
            </TableCell>
          </TableRow>
        ))}
      </ScrollTable>
    </Section>
  );
};

const ObjectionsSection = ({ summary }: { summary: Summary }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const o = summary.objections;
  const items: Array<[string, number, boolean?]> = [
    ['lentera.metrics.objections.received', o.received, true],
    ['lentera.metrics.objections.decided', o.decided, true],
    ['lentera.metrics.objections.accepted', o.byDecision.accepted ?? 0],
    ['lentera.metrics.objections.rejected', o.byDecision.rejected ?? 0],
    ['lentera.metrics.objections.settled', o.byDecision.settled ?? 0],
    ['lentera.metrics.objections.disputes_filed', summary.disputes.filed, true],
    ['lentera.metrics.objections.disputes_concluded', summary.disputes.concluded],
  ];
  return (
    <Section title="lentera.metrics.objections.title" testId="metrics-objections" className="metrics-col">
      <Table size="small">
        <TableBody>
          {items.map(([label, value, strong]) => (
            <TableRow key={label}>
              <TableCell sx={{ pl: strong ? 2 : 4, fontWeight: strong ? 600 : 400 }}>{translate(label)}</TableCell>
              <TableCell align="right" sx={{ fontWeight: strong ? 600 : 400 }}>
                {formatNumber(value, locale)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

/** The rule sets in force today at the user's office (GET /api/rule-sets/current), for the regimes' hint. */
interface CurrentRules {
  general?: { ruleValues: { answerDays: number; extensionDays: number } };
  election?: { ruleValues: { answerDays: number; extensionDays: number } };
}

/**
 * General information and information about the Pemilu and Pemilihan side by side: each figure per regime and the
 * total, each regime's decisions judged by its own requests' clocks.
 */
const RegimeSection = ({ summary, target }: { summary: Summary; target: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const rules = useApi<CurrentRules>('rule-sets/current').data;
  const clock = (regime: Regime) => {
    const v = rules?.[regime]?.ruleValues;
    return v
      ? translate('lentera.metrics.regime.clock', {
          regime: translate(`lentera.metrics.regime.${regime}_short`),
          days: v.answerDays,
          extension: v.extensionDays,
        })
      : null;
  };
  const general = clock('general');
  const election = clock('election');
  const value = (kind: 'count' | 'percent' | 'days', v: number | null) =>
    kind === 'percent' ? formatPercent(v, locale) : formatNumber(v, locale);
  const columns: Array<Regime | 'total'> = ['general', 'election', 'total'];
  return (
    <Section title="lentera.metrics.regime.title" hint="lentera.metrics.regime.hint" testId="metrics-regimes">
      {general && election && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }} data-testid="regime-rules">
          {translate('lentera.metrics.regime.rules_today', { general, election })}
        </Typography>
      )}
      <ScrollTable
        testId="regime-table"
        head={
          <>
            <TableCell>{translate('lentera.metrics.regime.figure')}</TableCell>
            {columns.map((c) => (
              <TableCell key={c} align="right" sx={{ fontWeight: 600 }}>
                {translate(c === 'total' ? 'lentera.metrics.regime.total' : `lentera.metrics.regime.${c}`)}
              </TableCell>
            ))}
          </>
        }
      >
        {regimeRows(summary).map((r) => (
          <TableRow key={r.key} data-testid={`regime-row-${r.key}`}>
            <TableCell>{translate(`lentera.metrics.regime.rows.${r.key}`)}</TableCell>
            {columns.map((c) => {
              const ok = r.kind === 'percent' ? meetsTarget(r.values[c], target) : null;
              return (
                <TableCell
                  key={c}
                  align="right"
                  data-testid={`regime-${r.key}-${c}`}
                  sx={{
                    fontWeight: c === 'total' || r.kind === 'percent' ? 600 : 400,
                    color: ok === null ? undefined : ok ? 'success.main' : 'error.main',
                  }}
                >
                  {value(r.kind, r.values[c])}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </ScrollTable>
    </Section>
  );
};

const COLUMNS: Array<{ key: ComparisonKey; label: string; align: 'left' | 'right' }> = [
  { key: 'name', label: 'lentera.metrics.compare.office', align: 'left' },
  { key: 'received', label: 'lentera.metrics.compare.received', align: 'right' },
  { key: 'decided', label: 'lentera.metrics.compare.decided', align: 'right' },
  { key: 'onTimeRate', label: 'lentera.metrics.compare.on_time', align: 'right' },
  { key: 'onTimeGeneral', label: 'lentera.metrics.compare.on_time_general', align: 'right' },
  { key: 'onTimeElection', label: 'lentera.metrics.compare.on_time_election', align: 'right' },
  { key: 'medianDays', label: 'lentera.metrics.compare.median', align: 'right' },
  { key: 'open', label: 'lentera.metrics.compare.open', align: 'right' },
  { key: 'overdue', label: 'lentera.metrics.compare.overdue', align: 'right' },
];

/** The child offices (each with its subtree) compared: a sortable table, a row opens the office; the chart below. */
const ComparisonSection = ({
  comparison,
  target,
  printing,
  onPick,
}: {
  comparison: Comparison;
  target: number;
  printing: boolean;
  onPick: (id: number, name: string) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [sort, setSort] = useState<{ key: ComparisonKey; order: SortOrder }>({ key: 'onTimeRate', order: 'asc' });
  const rows = useMemo(
    () => sortComparison(comparison.children.map(comparisonRow), sort.key, sort.order),
    [comparison, sort],
  );
  const own = comparisonRow(comparison.own);
  // both regimes shown: each regime's on-time rate beside the total's
  const split = !comparison.regime;
  const columns = COLUMNS.filter((c) => split || (c.key !== 'onTimeGeneral' && c.key !== 'onTimeElection'));
  const rate = (value: number | null, strong: boolean) => {
    const ok = meetsTarget(value, target);
    return (
      <TableCell
        align="right"
        sx={{ fontWeight: strong ? 600 : 400, color: ok === null ? undefined : ok ? 'success.main' : 'error.main' }}
      >
        {formatPercent(value, locale)}
      </TableCell>
    );
  };
  const cells = (r: ReturnType<typeof comparisonRow>) => {
    return (
      <>
        <TableCell align="right">{formatNumber(r.received, locale)}</TableCell>
        <TableCell align="right">{formatNumber(r.decided, locale)}</TableCell>
        {rate(r.onTimeRate, true)}
        {split && rate(r.onTimeGeneral, false)}
        {split && rate(r.onTimeElection, false)}
        <TableCell align="right">{formatNumber(r.medianDays, locale)}</TableCell>
        <TableCell align="right">{formatNumber(r.open, locale)}</TableCell>
        <TableCell
          align="right"
          sx={{ color: r.overdue > 0 ? 'error.main' : undefined, fontWeight: r.overdue > 0 ? 600 : 400 }}
        >
          {formatNumber(r.overdue, locale)}
        </TableCell>
      </>
    );
  };
  return (
    <Section title="lentera.metrics.compare.title" hint="lentera.metrics.compare.hint" testId="metrics-comparison">
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('lentera.metrics.compare.empty')}
        </Typography>
      ) : (
        <>
          <ScrollTable
            testId="comparison-table"
            head={
              <>
                {columns.map((c) => (
                  <TableCell key={c.key} align={c.align} sortDirection={sort.key === c.key ? sort.order : false}>
                    <TableSortLabel
                      active={sort.key === c.key}
                      direction={sort.key === c.key ? sort.order : firstOrder(c.key)}
                      onClick={() =>
                        setSort((s) =>
                          s.key === c.key
                            ? { key: c.key, order: s.order === 'asc' ? 'desc' : 'asc' }
                            : { key: c.key, order: firstOrder(c.key) },
                        )
                      }
                    >
                      {translate(c.label)}
                    </TableSortLabel>
                  </TableCell>
                ))}
              </>
            }
          >
            {rows.map((r) => (
              <TableRow
                key={r.id}
                hover
                onClick={() => onPick(r.id, r.name)}
                sx={{ cursor: 'pointer' }}
                data-testid={`comparison-row-${r.code}`}
              >
                <TableCell>
                  <Link
                    component="button"
                    type="button"
                    onClick={(event) => {
                      event.stopPropagation();
                      onPick(r.id, r.name);
                    }}
                    sx={{ textAlign: 'left' }}
                  >
                    {r.name}
                  </Link>
                </TableCell>
                {cells(r)}
              </TableRow>
            ))}
            <TableRow sx={{ '& td': { color: 'text.secondary', fontStyle: 'italic' } }}>
              <TableCell>{translate('lentera.metrics.compare.own', { office: own.name })}</TableCell>
              {cells(own)}
            </TableRow>
          </ScrollTable>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 2, mb: 1 }}>
            {translate('lentera.metrics.compare.chart')}
          </Typography>
          <ComparisonChart rows={rows} printing={printing} />
        </>
      )}
    </Section>
  );
};

// ── the office picker (province and national users) ──

interface OfficeRecord extends OfficeOption {
  id: number;
  code: string;
  level: 'national' | 'province' | 'regency';
  parentId: number | null;
  path: string;
}

const LIST = { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' as const } };

/** The office tree around the chosen office, from GET /api/offices (the data provider); see pickerChoices. */
function useOfficeChoices(own: LenteraIdentity['office'], officeId: number, fallbackName: string | null) {
  const isOwn = String(officeId) === String(own.id);
  const enabled = own.level !== 'regency';
  const { data: selected } = useGetOne<OfficeRecord>('offices', { id: officeId }, { enabled: enabled && !isOwn });
  const chainIds = pathIds(selected?.path);
  const { data: chain } = useGetMany<OfficeRecord>(
    'offices',
    { ids: chainIds.map(Number) },
    { enabled: enabled && !isOwn && chainIds.length > 0 },
  );
  const parentId = !isOwn && selected ? selected.parentId : null;
  const { data: siblings } = useGetList<OfficeRecord>(
    'offices',
    { ...LIST, filter: { parentId } },
    { enabled: enabled && parentId !== null },
  );
  const level = isOwn ? own.level : selected?.level;
  const { data: children } = useGetList<OfficeRecord>(
    'offices',
    { ...LIST, filter: { parentId: officeId } },
    { enabled: enabled && !!level && level !== 'regency' },
  );
  const current =
    selected && String(selected.id) === String(officeId)
      ? selected
      : isOwn
        ? { id: own.id, name: own.name }
        : { id: officeId, name: fallbackName ?? '…' };
  const choices = pickerChoices({ own: { id: own.id, name: own.name }, selected: current, chain, siblings, children });
  return { choices, level };
}

// ── the page ──

const STEP_RULES = { 1: 'sop.step1Minutes', 2: 'sop.step2Minutes', 3: 'sop.step3Minutes' } as const;

const MetricsDashboard = ({ me }: { me: LenteraIdentity }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const today = todayIn(me.office.timeZone);
  const [range, setRange] = useState<DateRange>(() => presetRange('d30', today));
  const [officeId, setOfficeId] = useState<number>(Number(me.office.id));
  const [drilledName, setDrilledName] = useState<string | null>(null);
  const [regime, setRegime] = useState<Regime | null>(null);
  const [reload, setReload] = useState(0);
  const { printing, print } = usePrinting();
  const settings = useSettingsList();
  const target = onTimeTarget(settings);
  const standards = useMemo(() => {
    const rule = (step: 1 | 2 | 3) =>
      Number(settings.find((s) => s.key === STEP_RULES[step])?.value ?? DEFAULT_RULES[STEP_RULES[step]]);
    return { 1: rule(1), 2: rule(2), 3: rule(3) } as Record<1 | 2 | 3, number>;
  }, [settings]);

  const canPick = me.office.level !== 'regency';
  const { choices, level } = useOfficeChoices(me.office, officeId, drilledName);
  const problem = rangeProblem(range);
  const params = { officeId, from: range.from, to: range.to, regime };
  // the summary, the trend and the 12 months up to the range's last month in one answer (GET /metrics/dashboard)
  const dashboard = useApi<Dashboard>(problem ? null : metricsPath('dashboard', params), reload);
  const comparison = useApi<Comparison>(
    problem || !canPick || !level || level === 'regency' ? null : metricsPath('offices', params),
    reload,
  );
  const loading = dashboard.loading || comparison.loading;
  const error = dashboard.error ?? comparison.error;
  const serverFields = fieldErrorsOf(error) ?? {};
  const fieldError = (field: 'from' | 'to') =>
    problem?.field === field ? translate(problem.message) : serverFields[field];

  const preset = presetOf(range, today);
  const pick = (id: number, name?: string) => {
    setDrilledName(name ?? null);
    setOfficeId(id);
    window.scrollTo?.({ top: 0, behavior: 'smooth' });
  };
  const daily = dashboard.data?.daily;
  const monthly = dashboard.data?.monthly;
  const dailyData = useMemo(() => dailyRows(daily?.days ?? [], locale), [daily, locale]);
  const weekly = daily?.grouping === 'week';
  const monthlyData = useMemo(() => monthlyRows(monthly?.months ?? [], locale), [monthly, locale]);
  const s = dashboard.data?.summary;
  const shownComparison =
    comparison.data && String(comparison.data.office.id) === String(officeId) && level !== 'regency'
      ? comparison.data
      : null;

  return (
    <Box className="metrics-page" sx={{ mt: 2 }} data-testid="metrics-page" aria-busy={loading}>
      <PrintStyles />
      <Title title="lentera.metrics.title" />

      <Box className="metrics-no-print" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={preset}
          aria-label={translate('lentera.metrics.period')}
          onChange={(_, value) => value && setRange(presetRange(value, today))}
        >
          {PRESETS.map((p) => (
            <ToggleButton key={p} value={p}>
              {translate(`lentera.metrics.presets.${p}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {(['from', 'to'] as const).map((field) => (
          <DatePickerId
            key={field}
            name={field}
            sx={{ width: 180 }}
            label={translate(`lentera.metrics.${field}`)}
            value={range[field]}
            onChange={(day) => setRange((r) => ({ ...r, [field]: day }))}
            max={field === 'to' ? today : undefined}
            error={!!fieldError(field)}
            helperText={fieldError(field) || undefined}
          />
        ))}
        <ToggleButtonGroup
          size="small"
          exclusive
          value={regime ?? 'all'}
          aria-label={translate('lentera.metrics.regime.label')}
          data-testid="regime-switch"
          onChange={(_, value) => value && setRegime(value === 'all' ? null : value)}
          sx={{ flexWrap: 'wrap', maxWidth: '100%' }}
        >
          {REGIME_CHOICES.map((r) => (
            <ToggleButton
              key={r ?? 'all'}
              value={r ?? 'all'}
              title={r ? translate(`lentera.metrics.regime.${r}`) : undefined}
            >
              {translate(r ? `lentera.metrics.regime.${r}_short` : 'lentera.metrics.regime.all')}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {canPick && (
          <TextField
            select
            size="small"
            fullWidth={false}
            label={translate('lentera.metrics.office')}
            value={String(officeId)}
            onChange={(event) =>
              pick(Number(event.target.value), choices.find((c) => c.id === event.target.value)?.name)
            }
            sx={{ minWidth: 280 }}
            slotProps={{ htmlInput: { 'data-testid': 'office-picker' } }}
          >
            {choices.map((c) => (
              <MenuItem key={c.id} value={c.id} sx={{ pl: 2 + c.depth * 2 }}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        <Box sx={{ flex: 1 }} />
        <MuiButton startIcon={<RefreshIcon />} onClick={() => setReload((n) => n + 1)} disabled={loading}>
          {translate('lentera.metrics.refresh')}
        </MuiButton>
        <MuiButton variant="contained" startIcon={<PrintIcon />} onClick={print}>
          {translate('lentera.metrics.print')}
        </MuiButton>
      </Box>

      <Box sx={{ mb: 2 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }} data-testid="metrics-scope">
          {translate('lentera.metrics.scope', {
            office: s?.office.name ?? me.office.name,
            from: formatDate(range.from, locale),
            to: formatDate(range.to, locale),
          })}
        </Typography>
        {regime && (
          <Typography variant="subtitle1" color="primary" sx={{ fontWeight: 600 }} data-testid="metrics-regime">
            {translate('lentera.metrics.regime.showing', {
              regime: translate(`lentera.metrics.regime.${regime}`),
            })}
          </Typography>
        )}
        {s && s.officeCount > 1 && (
          <Typography variant="body2" color="text.secondary">
            {translate('lentera.metrics.rolled_up', { count: s.officeCount - 1 })}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary" className="metrics-no-print" sx={{ maxWidth: 900, mt: 0.5 }}>
          {translate('lentera.metrics.intro')}
        </Typography>
        <Typography variant="caption" className="metrics-print-only" sx={{ display: 'none' }}>
          {translate('lentera.metrics.printed_at', { date: formatDate(today, locale) })}
        </Typography>
      </Box>

      {loading && <LinearProgress aria-label={translate('ra.page.loading')} sx={{ mb: 1 }} />}
      {error && !problem && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.message}
        </Alert>
      )}
      {!s && loading && (
        <Typography variant="body2" color="text.secondary">
          {translate('lentera.metrics.loading')}
        </Typography>
      )}

      {s && (
        <>
          <KpiTiles summary={s} target={target} />
          {!s.regime && <RegimeSection summary={s} target={target} />}
          <Section
            title={weekly ? 'lentera.metrics.charts.weekly' : 'lentera.metrics.charts.daily'}
            hint={weekly ? 'lentera.metrics.charts.weekly_hint' : 'lentera.metrics.charts.daily_hint'}
            testId="metrics-daily"
          >
            <DailyChart rows={dailyData} printing={printing} />
          </Section>
          <Row>
            <Section
              title="lentera.metrics.charts.monthly"
              hint="lentera.metrics.charts.monthly_hint"
              testId="metrics-monthly"
              className="metrics-col"
            >
              <MonthlyChart rows={monthlyData} printing={printing} />
            </Section>
            <OutcomeSection summary={s} />
          </Row>
          <Row>
            <StepsSection summary={s} standards={standards} />
            <ObjectionsSection summary={s} />
          </Row>
          {shownComparison && (
            <ComparisonSection comparison={shownComparison} target={target} printing={printing} onPick={pick} />
          )}
        </>
      )}
    </Box>
  );
};

/** Dasbor kinerja layanan: the secretariat's figures for a range, for the office and everything under it. */
const MetricsPage = () => {
  const { identity, isPending } = useGetIdentity();
  const me = identity as LenteraIdentity | undefined;
  if (isPending || !me) return <Loading />;
  return <MetricsDashboard me={me} />;
};

export default MetricsPage;
