import { Box, Card, CardContent, Typography } from '@mui/material';
import { LinkBase, useCreatePath, useGetList, usePermissions, useTranslate } from 'react-admin';
import { Permission } from '../permissions';
import { objectionFiltersForTab, objectionListSearch, QUEUE_SORT } from './queue';
import { Heading } from '../common/SectionHeading';

const COLORS = { queue: 'primary.main', overdue: 'error.main' } as const;
const TEST_IDS = { queue: 'objection-queue-registered', overdue: 'objection-queue-overdue' } as const;

/** One counter: a list call of range [0,0], the total read from Content-Range; it opens the list's tab. */
const Counter = ({ tab, label }: { tab: 'queue' | 'overdue'; label: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { total, isPending, error } = useGetList('objections', {
    pagination: { page: 1, perPage: 1 },
    sort: QUEUE_SORT,
    filter: objectionFiltersForTab({}, tab),
  });
  return (
    <Box
      component={LinkBase}
      to={{ pathname: createPath({ resource: 'objections', type: 'list' }), search: objectionListSearch(tab) }}
      data-testid={TEST_IDS[tab]}
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

/** Antrean keberatan: for whoever decides objections (the Atasan PPID), what waits for an answer and what is late. */
export const ObjectionQueueCard = () => {
  const { permissions } = usePermissions<string[]>();
  if (!Array.isArray(permissions) || !permissions.includes(Permission.ObjectionDecide)) return null;
  return (
    <Card sx={{ mb: 2 }} data-testid="objection-queue-card">
      <CardContent sx={{ px: 3 }}>
        <Heading text="lentera.objections.dashboard.title" sx={{ display: 'block', mb: 1.5 }} />
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <Counter tab="queue" label="lentera.objections.dashboard.registered" />
          <Counter tab="overdue" label="lentera.objections.dashboard.overdue" />
        </Box>
      </CardContent>
    </Card>
  );
};
