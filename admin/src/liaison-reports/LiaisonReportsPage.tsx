import {
  Alert,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import type { LiaisonReport } from '../api/types';
import { useApi, useApiMutation } from '../common/mutations';
import { formatInZone } from '../common/datetime';
import { todayIn } from '../common/dates';
import { useOfficeTimeZone } from '../common/fields';
import { Permission } from '../permissions';

const PERIODS = ['S1', 'S2', 'Q1', 'Q2', 'Q3', 'Q4'] as const;
const k = (key: string) => `lentera.liaison_reports.${key}`;

/** The liaison unit sends its periodic written report; everyone who reads annual reports sees what came in. */
const LiaisonReportsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const tz = useOfficeTimeZone();
  const { permissions } = usePermissions<string[]>();
  const [year, setYear] = useState(Number(todayIn(tz).slice(0, 4)));
  const [period, setPeriod] = useState<string>('S2');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const canRead = permissions?.includes(Permission.AnnualRead);
  const canSend = permissions?.includes(Permission.AnnualContribute);
  const listed = useApi<LiaisonReport[]>(canRead ? `liaison-reports?year=${year}` : null);
  const rows = canRead ? (listed.data ?? (listed.error ? [] : null)) : null;
  const create = useApiMutation(
    (dataProvider, report: { year: number; period: string; title: string; body: string }) =>
      dataProvider.send('POST', 'liaison-reports', report),
    ['liaison-reports'],
  );

  const send = async () => {
    setError(null);
    const sent = { year, period, title, body };
    try {
      await create.mutateAsync(sent);
      notify(k('sent'), { type: 'success' });
      // clears what was sent, not what the user has typed since (the list shows the new report before this runs)
      setTitle((now) => (now === sent.title ? '' : now));
      setBody((now) => (now === sent.body ? '' : now));
    } catch (e) {
      const fields = (e as { body?: { fields?: Record<string, string> } }).body?.fields ?? {};
      setError({ message: (e as Error).message, fields });
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={k('title')} />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate(k('help'))}
      </Typography>
      {canSend && (
        <Card sx={{ mb: 2 }} data-testid="liaison-form">
          <CardContent>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
              <TextField
                type="number"
                label={translate(k('year'))}
                value={year}
                onChange={(e) => setYear(Number(e.target.value))}
                error={!!error?.fields.year}
                helperText={error?.fields.year}
              />
              <TextField
                select
                label={translate(k('period'))}
                value={period}
                onChange={(e) => setPeriod(e.target.value)}
                sx={{ minWidth: 180 }}
                error={!!error?.fields.period}
                helperText={error?.fields.period}
              >
                {PERIODS.map((p) => (
                  <MenuItem key={p} value={p}>
                    {translate(k(`periods.${p}`))}
                  </MenuItem>
                ))}
              </TextField>
            </Stack>
            <TextField
              fullWidth
              name="title"
              label={translate(k('report_title'))}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              sx={{ mb: 2 }}
              error={!!error?.fields.title}
              helperText={error?.fields.title}
            />
            <TextField
              fullWidth
              multiline
              minRows={4}
              name="body"
              label={translate(k('body'))}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              error={!!error?.fields.body}
              helperText={error?.fields.body}
            />
            {error && (
              <Alert severity="error" sx={{ mt: 2 }} data-testid="action-error">
                {error.message}
              </Alert>
            )}
            <MuiButton variant="contained" sx={{ mt: 2 }} onClick={send} disabled={!title.trim() || !body.trim()}>
              {translate(k('submit'))}
            </MuiButton>
          </CardContent>
        </Card>
      )}
      {canRead && (
        <Card>
          <CardContent>
            <Typography variant="overline" component="h2" sx={{ color: 'primary.main', fontWeight: 600 }}>
              {translate(k('list'))} {year}
            </Typography>
            {rows && rows.length === 0 && (
              <Typography variant="body2" color="text.secondary">
                {translate(k('empty'))}
              </Typography>
            )}
            {rows?.map((r) => (
              <Box key={r.id} sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }} data-testid="liaison-row">
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {translate(k(`periods.${r.period}`), { _: r.period })} · {r.unit ?? '—'} — {r.title}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {formatInZone(r.submittedAt, tz, locale)}{' '}
                  {r.submittedBy ? `${translate(k('by'))} ${r.submittedBy}` : ''}
                </Typography>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                  {r.body}
                </Typography>
              </Box>
            ))}
          </CardContent>
        </Card>
      )}
    </Box>
  );
};

export default LiaisonReportsPage;
