import { Typography } from '@mui/material';
import { DataTable, List, SelectInput, useLocaleState, useRecordContext } from 'react-admin';
import { NumberText } from '../common/fields';
import { taskStatusChoices } from '../common/choices';
import { formatDate, todayIn } from '../common/dates';
import { useOfficeTimeZone } from '../common/fields';
import { TaskStatusChip } from '../requests/AssignmentsCard';
import { TruncatedText } from '../requests/fields';
import type { Task } from '../api/types';
import { ExportListActions } from '../common/ExportMenu';
import { exportSpec } from '../common/exporter';
import { CardLine, ResponsiveDataTable, type ListCard } from '../common/ResponsiveDataTable';

const filters = [<SelectInput key="status" source="status" choices={taskStatusChoices} alwaysOn />];

const NumberCell = () => {
  const record = useRecordContext<Task>();
  return <NumberText>{record?.request?.number ?? '—'}</NumberText>;
};

const SubjectCell = () => {
  const record = useRecordContext<Task>();
  return <TruncatedText text={record?.request?.informationRequested} maxWidth={320} />;
};

const InstructionCell = () => {
  const record = useRecordContext<Task>();
  return <TruncatedText text={record?.instruction} maxWidth={280} />;
};

/** The unit's own deadline, red once passed while the task is still open. */
export const TaskDueCell = () => {
  const record = useRecordContext<Task>();
  const [locale] = useLocaleState();
  const today = todayIn(useOfficeTimeZone());
  if (!record) return null;
  const late = record.status === 'open' && record.dueDate < today;
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{ whiteSpace: 'nowrap', color: late ? 'error.main' : undefined, fontWeight: late ? 600 : undefined }}
    >
      {formatDate(record.dueDate, locale)}
    </Typography>
  );
};

const StatusCell = () => {
  const record = useRecordContext<Task>();
  return record ? <TaskStatusChip status={record.status} /> : null;
};

export const taskExport = exportSpec<Task>({
  file: 'tugas-disposisi',
  columns: [
    { header: 'resources.tasks.fields.request.number', value: (a) => a.request?.number ?? null },
    {
      header: 'resources.tasks.fields.request.informationRequested',
      value: (a) => a.request?.informationRequested ?? null,
    },
    { header: 'resources.tasks.fields.unitName', value: (a) => a.unitName },
    { header: 'resources.tasks.fields.instruction', value: (a) => a.instruction },
    { header: 'resources.tasks.fields.dueDate', value: (a, t) => t.date(a.dueDate) },
    { header: 'resources.tasks.fields.status', value: (a, t) => t.label('lentera.tasks.statuses', a.status) },
    { header: 'resources.tasks.fields.answeredAt', value: (a, t) => t.dateTime(a.answeredAt) },
  ],
});

const Column = DataTable.Col<Task>;

/** On a phone: the request's number and the task's state, the unit and its deadline, the instruction under it. */
const CARD: ListCard<Task> = {
  primaryText: () => <NumberCell />,
  tertiaryText: () => <StatusCell />,
  secondaryText: (r) => (
    <>
      <CardLine strong>
        {r.unitName} · <TaskDueCell />
      </CardLine>
      <CardLine lines={2}>{r.instruction || r.request?.informationRequested}</CardLine>
    </>
  ),
};

/** Tugas disposisi: the unit's (penghubung) or the office's (PPID) assignments, soonest deadline first. */
export const TaskList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ status: 'open' }}
    sort={{ field: 'dueDate', order: 'ASC' }}
    perPage={25}
    actions={<ExportListActions spec={taskExport} />}
  >
    <ResponsiveDataTable card={CARD} rowClick="show" bulkActionButtons={false}>
      <Column source="request.number" label="resources.tasks.fields.request.number" disableSort>
        <NumberCell />
      </Column>
      <Column
        source="request.informationRequested"
        label="resources.tasks.fields.request.informationRequested"
        disableSort
      >
        <SubjectCell />
      </Column>
      <Column source="unitName" disableSort />
      <Column source="instruction" disableSort>
        <InstructionCell />
      </Column>
      <Column source="dueDate">
        <TaskDueCell />
      </Column>
      <Column source="status">
        <StatusCell />
      </Column>
    </ResponsiveDataTable>
  </List>
);
