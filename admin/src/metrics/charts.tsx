/**
 * The dashboard's charts. recharts is imported here only, and this file only by MetricsPage (loaded lazily),
 * so the library stays out of the console's first download. Animations are off: the charts must be complete
 * when printed, and screen readers get the same figures in the tables beside them.
 */
import { Box, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { useTranslate } from 'react-admin';
import {
  Area,
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ComparisonRow, DailyChartRow, MonthlyChartRow, OutcomeRow } from './logic';

/** The width of a chart on an A4 page: 210 mm less 2 × 12 mm margins is 703 px at 96 dpi, less the card's padding. */
export const PRINT_WIDTH = 640;

export const SERIES_COLORS = {
  received: '#1565c0',
  decided: '#2e7d32',
  open: '#f9a825',
  overdue: '#c62828',
  withinDeadline: '#2e7d32',
  withinExtension: '#f9a825',
  late: '#c62828',
} as const;

const NO_ANIMATION = { isAnimationActive: false } as const;

/** The legend in the order the series are drawn (recharts sorts by label by default). */
const LEGEND_ORDER: string[] = ['received', 'decided', 'open', 'overdue', 'withinDeadline', 'withinExtension', 'late'];
const legendOrder = (item: { dataKey?: unknown }) => LEGEND_ORDER.indexOf(String(item.dataKey));

/**
 * A chart as wide as its card on screen; at a fixed width while printing (a ResizeObserver does not run
 * between "print" and the page being laid out on paper, so a responsive chart would keep its screen width).
 */
const Frame = ({
  height,
  printing,
  render,
}: {
  height: number;
  printing: boolean;
  render: (size: { width?: number; height?: number }) => ReactElement;
}) =>
  printing ? (
    render({ width: PRINT_WIDTH, height })
  ) : (
    <ResponsiveContainer width="100%" height={height} minWidth={0}>
      {render({})}
    </ResponsiveContainer>
  );

const Empty = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
      {translate('lentera.metrics.charts.empty')}
    </Typography>
  );
};

type SeriesName = (key: keyof typeof SERIES_COLORS) => string;

/** A series' name in the console's language, for the legend and the tooltip. */
const useSeriesName = (): SeriesName => {
  const translate = useTranslate();
  return (key) => translate(`lentera.metrics.series.${key}`);
};

/** Received and decided per day (lines) over the open and overdue queue at the end of each day (areas). */
export const DailyChart = ({ rows, printing }: { rows: DailyChartRow[]; printing: boolean }) => {
  const name = useSeriesName();
  const translate = useTranslate();
  if (rows.length === 0) return <Empty />;
  // a week's row is labelled by its first day on the axis; its tooltip names the whole week
  const period = (label: unknown, payload: ReadonlyArray<{ payload?: DailyChartRow }>) => {
    const row = payload[0]?.payload;
    return row && row.until !== row.date
      ? translate('lentera.metrics.charts.week_of', { from: row.label, until: row.untilLabel })
      : String(label);
  };
  return (
    <Frame
      height={280}
      printing={printing}
      render={(size) => (
        <ComposedChart {...size} data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e0e0e0" />
          <XAxis dataKey="label" minTickGap={24} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width={40} tick={{ fontSize: 12 }} />
          <Tooltip labelFormatter={period} />
          <Legend itemSorter={legendOrder} />
          {(['open', 'overdue'] as const).map((key) => (
            <Area
              key={key}
              type="stepAfter"
              dataKey={key}
              name={name(key)}
              stroke={SERIES_COLORS[key]}
              fill={SERIES_COLORS[key]}
              fillOpacity={key === 'open' ? 0.25 : 0.3}
              {...NO_ANIMATION}
            />
          ))}
          {(['received', 'decided'] as const).map((key) => (
            <Line
              key={key}
              type="linear"
              dataKey={key}
              name={name(key)}
              stroke={SERIES_COLORS[key]}
              strokeWidth={2}
              strokeDasharray={key === 'decided' ? '6 3' : undefined}
              dot={false}
              {...NO_ANIMATION}
            />
          ))}
        </ComposedChart>
      )}
    />
  );
};

/**
 * The decisions stacked by timeliness (within the deadline, within its extension, late): the same three bars
 * in the monthly chart and in the comparison of child offices. A fragment, not a component, so recharts sees the bars.
 */
const timelinessBars = (name: SeriesName) => (
  <>
    {(['withinDeadline', 'withinExtension', 'late'] as const).map((key) => (
      <Bar key={key} dataKey={key} stackId="t" name={name(key)} fill={SERIES_COLORS[key]} {...NO_ANIMATION} />
    ))}
  </>
);

/** Decisions per month, stacked: within the request's own deadline, within its extension, late. */
export const MonthlyChart = ({ rows, printing }: { rows: MonthlyChartRow[]; printing: boolean }) => {
  const name = useSeriesName();
  if (rows.length === 0) return <Empty />;
  return (
    <Frame
      height={280}
      printing={printing}
      render={(size) => (
        <BarChart {...size} data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e0e0e0" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} width={40} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend itemSorter={legendOrder} />
          {timelinessBars(name)}
        </BarChart>
      )}
    />
  );
};

/** The decisions by outcome as a ring (each entry carries its own fill); the table beside it has the numbers. */
export const OutcomeChart = ({ rows }: { rows: OutcomeRow[] }) => {
  const translate = useTranslate();
  const data = rows
    .filter((r) => r.value > 0)
    .map((r) => ({ ...r, name: translate(`lentera.metrics.outcomes.${r.outcome}`) }));
  if (data.length === 0) return <Empty />;
  // A fixed size: the ring reads the same on screen and on paper.
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center' }}>
      <PieChart width={240} height={220}>
        <Pie
          data={data}
          dataKey="value"
          nameKey="name"
          innerRadius={50}
          outerRadius={90}
          paddingAngle={1}
          {...NO_ANIMATION}
        />
        <Tooltip />
      </PieChart>
    </Box>
  );
};

/** The child offices side by side: their decisions, stacked by timeliness, in the table's order. */
export const ComparisonChart = ({ rows, printing }: { rows: ComparisonRow[]; printing: boolean }) => {
  const name = useSeriesName();
  if (rows.length === 0) return <Empty />;
  return (
    <Frame
      height={60 + rows.length * 32}
      printing={printing}
      render={(size) => (
        <BarChart {...size} data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e0e0e0" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip />
          <Legend itemSorter={legendOrder} />
          {timelinessBars(name)}
        </BarChart>
      )}
    />
  );
};
