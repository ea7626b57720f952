import RefreshIcon from '@mui/icons-material/Refresh';
import {
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Link,
  List,
  ListItem,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { LinkBase, Loading, Title, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { SmallTable } from '../common/SmallTable';
import { useApi } from '../common/mutations';
import { useSmall } from '../common/useSmall';
import { formatDate } from '../common/dates';
import { DueBadge } from '../requests/fields';
import type { InfoRequest } from '../api/types';
import { BOARD_BUCKETS, BOARD_ROWS, bucketListSearch, type BoardBucket } from './board';
import { ErrorAlert } from '../common/ErrorAlert';

interface Bucket {
  total: number;
  items: InfoRequest[];
}

type QueueAnswer = { dueWithinDays: number } & Record<BoardBucket, Bucket>;

const COLORS: Record<BoardBucket, string> = {
  unassigned: 'primary.main',
  dueSoon: 'warning.main',
  overdue: 'error.main',
  waitingLiaison: 'info.main',
};

/** What is asked, on one line under the requester. */
const Asked = ({ text }: { text: string | null | undefined }) => (
  <Typography
    variant="caption"
    color="text.secondary"
    sx={{ display: '-webkit-box', WebkitLineClamp: 1, WebkitBoxOrient: 'vertical', overflow: 'hidden', maxWidth: 260 }}
  >
    {text}
  </Typography>
);

const BucketCard = ({ bucket, data, dueWithinDays }: { bucket: BoardBucket; data: Bucket; dueWithinDays: number }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const small = useSmall();
  const items = data.items.slice(0, BOARD_ROWS);
  const title = translate(`lentera.queue_board.${bucket}`, { days: dueWithinDays });
  return (
    <Card
      component="section"
      aria-label={title}
      data-testid={`board-${bucket}`}
      sx={{ flex: { xs: '1 1 100%', md: '1 1 420px' }, minWidth: 0, borderTop: 4, borderTopColor: COLORS[bucket] }}
    >
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: 1, mb: 1 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            {title}
          </Typography>
          <Typography
            variant="h5"
            sx={{ color: COLORS[bucket], fontWeight: 700 }}
            data-testid={`board-${bucket}-total`}
          >
            {data.total}
          </Typography>
        </Box>
        {items.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
            {translate('lentera.queue_board.empty')}
          </Typography>
        ) : small ? (
          // on a phone a table of three columns would not fit: one entry per request, as the lists' cards
          <List dense disablePadding data-testid={`board-${bucket}-cards`}>
            {items.map((request) => (
              <ListItem key={request.id} disableGutters divider sx={{ display: 'block' }}>
                <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 1 }}>
                  <Link
                    component={LinkBase}
                    to={createPath({ resource: 'requests', type: 'show', id: request.id })}
                    sx={{ fontFamily: 'monospace', fontWeight: 600, overflowWrap: 'anywhere' }}
                  >
                    {request.number}
                  </Link>
                  <DueBadge flags={request.flags} due={request.effectiveDueDate} />
                </Box>
                <Typography variant="body2">
                  {request.requester?.name ?? '—'} ·{' '}
                  {translate('lentera.requests.phone_due', { date: formatDate(request.effectiveDueDate, locale) })}
                </Typography>
                <Asked text={request.informationRequested} />
              </ListItem>
            ))}
          </List>
        ) : (
          <Box sx={{ overflowX: 'auto' }}>
            <SmallTable
              head={['lentera.queue_board.number', 'lentera.queue_board.requester', 'lentera.queue_board.due']}
            >
              {items.map((request) => (
                <TableRow key={request.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Link component={LinkBase} to={createPath({ resource: 'requests', type: 'show', id: request.id })}>
                      {request.number}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <Typography variant="body2">{request.requester?.name ?? '—'}</Typography>
                    <Asked text={request.informationRequested} />
                  </TableCell>
                  <TableCell>
                    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.5 }}>
                      <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
                        {formatDate(request.effectiveDueDate, locale)}
                      </Typography>
                      <DueBadge flags={request.flags} due={request.effectiveDueDate} />
                    </Box>
                  </TableCell>
                </TableRow>
              ))}
            </SmallTable>
          </Box>
        )}
        <Box sx={{ mt: 1, textAlign: 'right' }}>
          <Link
            component={LinkBase}
            to={{
              pathname: createPath({ resource: 'requests', type: 'list' }),
              search: bucketListSearch(bucket),
            }}
            variant="body2"
          >
            {translate('lentera.queue_board.see_all', { total: data.total })}
          </Link>
        </Box>
      </CardContent>
    </Card>
  );
};

/** Papan antrean: the Kasubbag's four queues (not yet assigned, due soon, overdue, waiting on a liaison unit). */
const QueueBoardPage = () => {
  const translate = useTranslate();
  // cached under `requests`: a step on any request marks the board stale
  const { data, error, fetching: loading, refetch: load } = useApi<QueueAnswer>('requests/queue');
  const queue = data ?? null;
  const problem = error?.message ?? null;

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="lentera.queue_board.title" />
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 820 }}>
          {translate('lentera.queue_board.intro')}
        </Typography>
        <MuiButton startIcon={<RefreshIcon />} onClick={load} disabled={loading}>
          {translate('ra.action.refresh')}
        </MuiButton>
      </Box>
      <ErrorAlert message={problem} sx={{ mb: 2 }} />
      {!queue ? (
        problem ? null : (
          <Loading />
        )
      ) : (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }} data-testid="queue-board">
          {BOARD_BUCKETS.map((bucket) => (
            <BucketCard
              key={bucket}
              bucket={bucket}
              data={queue[bucket] ?? { total: 0, items: [] }}
              dueWithinDays={queue.dueWithinDays}
            />
          ))}
        </Box>
      )}
    </Box>
  );
};

export default QueueBoardPage;
