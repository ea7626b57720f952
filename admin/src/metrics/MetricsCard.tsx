import InsightsIcon from '@mui/icons-material/Insights';
import { Box, Button as MuiButton, Card, CardContent, Typography } from '@mui/material';
import { LinkBase, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { useApi, useSettingsList } from './hooks';
import { formatNumber, formatPercent, meetsTarget, metricsPath, onTimeTarget } from './logic';
import { REGIMES, type Summary } from './types';
import { Heading } from '../common/SectionHeading';

const Figure = ({
  id,
  label,
  value,
  caption,
  color,
}: {
  id: string;
  label: string;
  value: string;
  caption?: string;
  color?: string;
}) => {
  const translate = useTranslate();
  return (
    <Box
      data-testid={`metrics-card-${id}`}
      sx={{
        flex: '1 1 140px',
        p: 1.5,
        borderRadius: 1,
        border: 1,
        borderColor: 'divider',
        borderLeft: 4,
        borderLeftColor: color ?? 'primary.main',
      }}
    >
      <Typography variant="h5" component="p" sx={{ fontWeight: 700, color: color ?? 'text.primary' }}>
        {value}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(label)}
      </Typography>
      {caption && (
        <Typography variant="caption" color="text.secondary">
          {caption}
        </Typography>
      )}
    </Box>
  );
};

/**
 * Four figures of the last 30 days on the home page (the API's default range: 30 days up to today in the office's
 * zone), then each regime's own (general information; information about the Pemilu and Pemilihan, on its shorter
 * clock), and the way to the full dashboard. No charts here: recharts stays with the metrics page.
 */
const MetricsCard = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const { data, error, loading } = useApi<Summary>(metricsPath('summary', {}));
  const target = onTimeTarget(useSettingsList());
  const show = (value: number | undefined) =>
    loading && !data ? '…' : error || value === undefined ? '—' : formatNumber(value, locale);
  const rate = data?.timeliness.onTimeRate ?? null;
  const ok = meetsTarget(rate, target);
  return (
    <Card sx={{ mb: 2 }} data-testid="metrics-card">
      <CardContent sx={{ px: 3 }}>
        <Box
          sx={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            mb: 1.5,
            gap: 1,
            flexWrap: 'wrap',
          }}
        >
          <Heading text="lentera.metrics.card.title" />
          <MuiButton
            component={LinkBase}
            to={createPath({ resource: 'metrics', type: 'list' })}
            startIcon={<InsightsIcon />}
          >
            {translate('lentera.metrics.card.open_page')}
          </MuiButton>
        </Box>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <Figure id="received" label="lentera.metrics.kpi.received" value={show(data?.received.total)} />
          <Figure id="decided" label="lentera.metrics.kpi.decided" value={show(data?.decided.total)} />
          <Figure
            id="on-time"
            label="lentera.metrics.kpi.on_time"
            value={loading && !data ? '…' : formatPercent(rate, locale)}
            color={ok === null ? undefined : ok ? 'success.main' : 'error.main'}
            caption={translate('lentera.metrics.kpi.target', { target: formatPercent(target / 100, locale) })}
          />
          <Figure
            id="overdue"
            label="lentera.metrics.kpi.overdue"
            value={show(data?.queue.overdue)}
            color="error.main"
          />
        </Box>
        {data?.byRegime && (
          <Box sx={{ mt: 1.5, display: 'grid', gap: 0.5 }} data-testid="metrics-card-regimes">
            {REGIMES.map((regime) => {
              const f = data.byRegime[regime];
              if (!f) return null;
              const regimeOk = meetsTarget(f.timeliness.onTimeRate, target);
              return (
                <Typography key={regime} variant="body2" data-testid={`metrics-card-${regime}`}>
                  <Box component="span" sx={{ fontWeight: 600 }}>
                    {translate(`lentera.metrics.regime.${regime}`)}
                  </Box>
                  {': '}
                  {translate('lentera.metrics.card.regime_received', { count: formatNumber(f.received.total, locale) })}
                  {' · '}
                  <Box
                    component="span"
                    sx={{ color: regimeOk === null ? undefined : regimeOk ? 'success.main' : 'error.main' }}
                  >
                    {translate('lentera.metrics.card.regime_on_time', {
                      rate: formatPercent(f.timeliness.onTimeRate, locale),
                    })}
                  </Box>
                  {' · '}
                  <Box component="span" sx={{ color: f.queue.overdue > 0 ? 'error.main' : undefined }}>
                    {translate('lentera.metrics.card.regime_overdue', { count: formatNumber(f.queue.overdue, locale) })}
                  </Box>
                </Typography>
              );
            })}
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

export default MetricsCard;
