import { Alert, Box, Card, CardContent, Chip, TableCell, TableRow, Typography } from '@mui/material';
import { Link, useCreatePath, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { SmallTable } from '../common/SmallTable';
import { useApi } from '../common/mutations';
import { formatDate } from '../common/dates';
import { Permission } from '../permissions';
import type { AnnualOverview as Overview, AnnualOverviewRow as OverviewRow } from './types';

const k = (key: string) => `lentera.annual_reports.overview.${key}`;

/** The offices whose annual report needs attention (late, close to the deadline, or not yet published), with a link. */
const AttentionTable = ({ rows }: { rows: OverviewRow[] }) => {
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const label = (r: OverviewRow) => (locale === 'en' ? r.statusLabel.en : r.statusLabel.id);
  return (
    <Box sx={{ maxHeight: 320, overflow: 'auto' }}>
      <SmallTable head={[k('office'), k('status')]}>
        {rows.slice(0, 50).map((r) => (
          <TableRow key={r.office.id} data-office={r.office.code}>
            <TableCell>
              {r.reportId ? (
                <Link to={createPath({ resource: 'annual-reports', id: r.reportId, type: 'show' })}>
                  {r.office.name}
                </Link>
              ) : (
                r.office.name
              )}
            </TableCell>
            <TableCell>
              <Chip
                size="small"
                label={label(r)}
                color={r.overdue ? 'error' : r.warning ? 'warning' : r.status === 'published' ? 'success' : 'default'}
              />
            </TableCell>
          </TableRow>
        ))}
      </SmallTable>
    </Box>
  );
};

/** The annual report due on 31 March: this office's status, and for a province or KPU RI every office under it. */
export const AnnualOverviewCard = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<string[]>();
  const allowed = permissions?.includes(Permission.AnnualRead);
  const { data } = useApi<Overview>(allowed ? 'annual-reports/overview' : null);
  if (!allowed || !data) return null;
  const attention = [...data.offices]
    .filter((r) => r.overdue || r.warning || r.status !== 'published')
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.office.code.localeCompare(b.office.code));
  const many = data.offices.length > 1;
  return (
    <Card sx={{ mb: 2 }} data-testid="annual-overview">
      <CardContent>
        <Typography variant="overline" component="h2" sx={{ color: 'primary.main', fontWeight: 600 }}>
          {translate(k('title'), { year: data.year, date: formatDate(data.dueDate, locale) })}
        </Typography>
        {data.totals.overdue > 0 && (
          <Alert severity="error" sx={{ my: 1 }}>
            {translate(k('overdue'), { smart_count: data.totals.overdue })}
          </Alert>
        )}
        {data.totals.overdue === 0 && data.totals.warning > 0 && (
          <Alert severity="warning" sx={{ my: 1 }}>
            {translate(k('warning'), {
              smart_count: data.totals.warning,
              days: Math.max(0, data.offices[0]?.daysLeft ?? 0),
            })}
          </Alert>
        )}
        <Typography variant="body2" sx={{ mb: many ? 1 : 0 }}>
          {translate(k('totals'), {
            published: data.totals.published,
            offices: data.totals.offices,
            not_started: data.totals.notStarted,
          })}
        </Typography>
        {many && attention.length > 0 && <AttentionTable rows={attention} />}
      </CardContent>
    </Card>
  );
};
