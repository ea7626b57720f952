import AddIcon from '@mui/icons-material/Add';
import { Box, Button as MuiButton, Card, CardContent, Typography } from '@mui/material';
import { LinkBase, useCreatePath, useGetList, useTranslate } from 'react-admin';
import { useCan } from '../common/useCan';
import { filtersForTab, queueListSearch, type QueueTab } from '../requests/queue';

const COLORS: Record<Exclude<QueueTab, 'all'>, string> = {
  open: 'primary.main',
  overdue: 'error.main',
  dueSoon: 'warning.main',
};

/** One counter: a list call of range [0,0], the total read from Content-Range. */
const Counter = ({ tab, label }: { tab: Exclude<QueueTab, 'all'>; label: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { total, isPending, error } = useGetList('requests', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'receivedAt', order: 'DESC' },
    filter: filtersForTab({}, tab),
  });
  return (
    <Box
      component={LinkBase}
      to={{ pathname: createPath({ resource: 'requests', type: 'list' }), search: queueListSearch(tab) }}
      data-testid={`queue-${tab}`}
      sx={{
        flex: '1 1 140px',
        p: 2,
        borderRadius: 1,
        border: 1,
        borderColor: 'divider',
        borderLeft: 4,
        borderLeftColor: COLORS[tab],
        textDecoration: 'none',
        color: 'inherit',
        '&:hover': { bgcolor: 'action.hover' },
      }}
    >
      <Typography variant="h4" sx={{ color: COLORS[tab], fontWeight: 700 }}>
        {isPending ? '…' : error ? '—' : (total ?? 0)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(label)}
      </Typography>
    </Box>
  );
};

/** Antrean: the Kasubbag's and the desk's queue at a glance, each number opening the filtered list. */
export const QueueCard = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const canList = useCan('list', 'requests');
  const canCreate = useCan('create', 'requests');
  if (!canList) return null;
  return (
    <Card sx={{ mb: 2 }} data-testid="queue-card">
      <CardContent sx={{ px: 3 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1.5, gap: 1 }}>
          <Typography
            variant="overline"
            component="h2"
            sx={{ color: 'primary.main', fontWeight: 600, letterSpacing: 1 }}
          >
            {translate('lentera.dashboard.queue')}
          </Typography>
          {canCreate && (
            <MuiButton
              component={LinkBase}
              to={createPath({ resource: 'requests', type: 'create' })}
              variant="contained"
              startIcon={<AddIcon />}
            >
              {translate('lentera.dashboard.queue_new')}
            </MuiButton>
          )}
        </Box>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <Counter tab="open" label="lentera.dashboard.queue_open" />
          <Counter tab="overdue" label="lentera.dashboard.queue_overdue" />
          <Counter tab="dueSoon" label="lentera.dashboard.queue_due_soon" />
        </Box>
      </CardContent>
    </Card>
  );
};
