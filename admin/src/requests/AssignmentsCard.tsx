import { Box, Chip, TableCell, TableRow, Typography } from '@mui/material';
import { Fragment } from 'react';
import { Link, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { AttachmentList } from '../common/FileUpload';
import { Panel } from '../common/Panel';
import { SmallTable } from '../common/SmallTable';
import { useCan } from '../common/useCan';
import { formatInZone } from '../common/datetime';
import { formatDate, todayIn } from '../common/dates';
import { useOfficeTimeZone } from '../common/fields';
import type { Assignment, InfoRequest } from '../api/types';

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

/** Disposisi: which liaison unit was asked what, by when, and (in the row under it) what it answered. */
export const AssignmentsCard = ({ record }: { record: InfoRequest }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const timeZone = useOfficeTimeZone();
  const createPath = useCreatePath();
  const canOpenTask = useCan('show', 'tasks');
  const assignments: Assignment[] = record.assignments ?? [];
  const today = todayIn(timeZone);
  return (
    <Panel title="lentera.requests.assignments.title" testId="assignments-card">
      {assignments.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('lentera.requests.assignments.empty')}
        </Typography>
      ) : (
        <SmallTable
          head={[
            'lentera.requests.assignments.unit',
            'lentera.requests.assignments.instruction',
            'lentera.requests.assignments.due',
            'lentera.requests.assignments.status',
          ]}
          // on a phone each assignment is a block (unit, instruction, then due date and status) instead of a row
          sx={{
            '& thead': { display: { xs: 'none', sm: 'table-header-group' } },
            '& tbody tr': {
              display: { xs: 'flex', sm: 'table-row' },
              flexWrap: 'wrap',
              alignItems: 'center',
              columnGap: 1.5,
              py: { xs: 1, sm: 0 },
            },
            '& tbody td': {
              display: { xs: 'block', sm: 'table-cell' },
              px: { xs: 0, sm: 2 },
              py: { xs: 0.25, sm: 0.75 },
            },
            '& tbody td:nth-of-type(-n+2), & tbody td[colspan]': { flexBasis: { xs: '100%', sm: 'auto' } },
          }}
        >
          {assignments.map((a) => {
            const late = a.status === 'open' && a.dueDate < today;
            const divider = { borderBottom: a.answer ? 0 : undefined };
            return (
              <Fragment key={a.id}>
                <TableRow data-testid={`assignment-${a.id}`}>
                  <TableCell sx={{ ...divider, minWidth: 120 }}>
                    {canOpenTask ? (
                      <Link to={createPath({ resource: 'tasks', id: a.id, type: 'show' })}>{a.unitName}</Link>
                    ) : (
                      a.unitName
                    )}
                  </TableCell>
                  <TableCell sx={{ ...divider, whiteSpace: 'pre-wrap' }}>{a.instruction}</TableCell>
                  <TableCell
                    sx={{
                      ...divider,
                      whiteSpace: 'nowrap',
                      color: late ? 'error.main' : undefined,
                      fontWeight: late ? 600 : undefined,
                    }}
                  >
                    {formatDate(a.dueDate, locale)}
                  </TableCell>
                  <TableCell sx={divider}>
                    <TaskStatusChip status={a.status} />
                  </TableCell>
                </TableRow>
                {(a.answer || !!a.files?.length) && (
                  <TableRow>
                    <TableCell colSpan={4} sx={{ pt: 0 }}>
                      <Box
                        sx={{
                          borderLeft: 3,
                          borderColor: 'success.main',
                          pl: 1.5,
                          py: 0.5,
                          bgcolor: 'rgba(46, 125, 50, 0.05)',
                        }}
                      >
                        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                          {translate('lentera.requests.assignments.answer')}
                          {a.answeredAt ? ` · ${formatInZone(a.answeredAt, timeZone, locale)}` : ''}
                        </Typography>
                        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid="assignment-answer">
                          {a.answer}
                        </Typography>
                        {!!a.files?.length && (
                          <Box sx={{ mt: 1 }} data-testid="assignment-files">
                            <AttachmentList files={a.files} />
                          </Box>
                        )}
                      </Box>
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </SmallTable>
      )}
    </Panel>
  );
};
