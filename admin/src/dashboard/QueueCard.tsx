import AddIcon from '@mui/icons-material/Add';
import { Box, Button as MuiButton, Card, CardContent, Typography } from '@mui/material';
import { LinkBase, useCreatePath, useGetList, useTranslate } from 'react-admin';
import { useCan } from '../common/useCan';
import { filtersForTab, queueListSearch, type QueueTab } from '../requests/queue';
import { Heading } from '../common/SectionHeading';

const COLORS: Record<Exclude<QueueTab, 'all'>, string> = {
  open: 'primary.main',
  overdue: 'error.main',
  dueSoon: 'warning.main',
};

/** A count of the request list (range [0,0], the total read from Content-Range) with the queue's filters. */
function useQueueCount(filter: Record<string, unknown>) {
  const { total, isPending, error } = useGetList('requests', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'receivedAt', order: 'DESC' },
    filter,
  });
  return isPending ? '…' : error ? '—' : (total ?? 0);
}

/**
 * One counter, and under it how many of them are information about the Pemilu and Pemilihan (PerKI 1/2019: 3
 * working days, so they fall due first); each number opens the filtered list.
 */
const Counter = ({ tab, label }: { tab: Exclude<QueueTab, 'all'>; label: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const all = useQueueCount(filtersForTab({}, tab));
  const electionFilter = { ...filtersForTab({}, tab), regime: 'election' };
  const election = useQueueCount(electionFilter);
  const pathname = createPath({ resource: 'requests', type: 'list' });
  const link = { textDecoration: 'none', color: 'inherit', display: 'block' } as const;
  return (
    <Box
      data-testid={`queue-${tab}`}
      sx={{
        flex: '1 1 140px',
        borderRadius: 1,
        border: 1,
        borderColor: 'divider',
        borderLeft: 4,
        borderLeftColor: COLORS[tab],
        overflow: 'hidden',
      }}
    >
      <Box
        component={LinkBase}
        to={{ pathname, search: queueListSearch(tab) }}
        sx={{ ...link, p: 2, pb: 1, '&:hover': { bgcolor: 'action.hover' } }}
      >
        <Typography variant="h4" sx={{ color: COLORS[tab], fontWeight: 700 }}>
          {all}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate(label)}
        </Typography>
      </Box>
      <Box
        component={LinkBase}
        to={{ pathname, search: `?filter=${encodeURIComponent(JSON.stringify(electionFilter))}` }}
        data-testid={`queue-${tab}-election`}
        sx={{ ...link, px: 2, pb: 1.5, '&:hover': { bgcolor: 'action.hover' } }}
      >
        <Typography variant="caption" color="text.secondary">
          {translate('lentera.metrics.regime.election_short')}: <strong>{election}</strong>
        </Typography>
      </Box>
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
          <Heading text="lentera.dashboard.queue" />
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
