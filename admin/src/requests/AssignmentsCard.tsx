import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCanAccess, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { Panel } from '../common/Panel';
import { formatDate, todayIn } from '../common/dates';
import { useOfficeTimeZone } from '../common/fields';
import { formatInZone } from '../common/datetime';
import type { Assignment, InfoRequest } from '../types';

export const TaskStatusChip = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={status === 'answered' ? 'success' : 'warning'}
      variant={status === 'answered' ? 'outlined' : 'filled'}
      label={translate(`lentera.tasks.statuses.${status}`, { _: status })}
    />
  );
};

/** Disposisi: which liaison unit was asked what, by when, and what it answered. */
export const AssignmentsCard = ({ record }: { record: InfoRequest }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const timeZone = useOfficeTimeZone();
  const createPath = useCreatePath();
  const { canAccess: canOpenTask } = useCanAccess({ resource: 'tasks', action: 'show' });
  const assignments: Assignment[] = record.assignments ?? [];
  const today = todayIn(timeZone);
  return (
    <Panel title="lentera.requests.assignments.title" testId="assignments-card">
      {assignments.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('lentera.requests.assignments.empty')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('lentera.requests.assignments.unit')}</TableCell>
                <TableCell>{translate('lentera.requests.assignments.instruction')}</TableCell>
                <TableCell>{translate('lentera.requests.assignments.due')}</TableCell>
                <TableCell>{translate('lentera.requests.assignments.status')}</TableCell>
                <TableCell>{translate('lentera.requests.assignments.answer')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {assignments.map((a) => {
                const late = a.status === 'open' && a.dueDate < today;
                return (
                  <TableRow key={a.id} data-testid={`assignment-${a.id}`}>
                    <TableCell sx={{ minWidth: 140 }}>
                      {canOpenTask ? (
                        <Link to={createPath({ resource: 'tasks', id: a.id, type: 'show' })}>{a.unitName}</Link>
                      ) : (
                        a.unitName
                      )}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'pre-wrap', minWidth: 180 }}>{a.instruction}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap', color: late ? 'error.main' : undefined, fontWeight: late ? 600 : undefined }}>
                      {formatDate(a.dueDate, locale)}
                    </TableCell>
                    <TableCell>
                      <TaskStatusChip status={a.status} />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'pre-wrap', minWidth: 180 }} data-testid="assignment-answer">
                      {a.answer ?? '—'}
                      {a.answeredAt && (
                        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                          {formatInZone(a.answeredAt, timeZone, locale)}
                        </Typography>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Box>
      )}
    </Panel>
  );
};
