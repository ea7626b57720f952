import SendIcon from '@mui/icons-material/Send';
import { Box, Grid, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Form,
  SaveButton,
  useGetIdentity,
  useLocaleState,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { TextArea } from '../common/TextArea';
import type { LenteraIdentity } from '../authProvider';
import { AttachmentList, FileUpload } from '../common/FileUpload';
import { Detail, Panel, PanelCode } from '../common/Panel';
import { fieldErrorsOf } from '../common/fieldErrors';
import { useRecordAction } from '../common/mutations';
import { RecordShow, titled } from '../common/RecordShow';
import { formatDate } from '../common/dates';
import { useOfficeDateTime } from '../common/fields';
import { Permission } from '../permissions';
import { TaskStatusChip } from '../requests/AssignmentsCard';
import { StatusChip } from '../requests/fields';
import type { Task } from '../api/types';
import { ErrorAlert } from '../common/ErrorAlert';

/** Only the assigned unit answers (the server checks it too); the PPID reads. */
function useCanAnswer(task: Task | undefined): boolean {
  const { permissions } = usePermissions<string[]>();
  const { identity } = useGetIdentity();
  const unitId = (identity as LenteraIdentity | undefined)?.unitId;
  return (
    !!task &&
    !!permissions?.includes(Permission.TaskAnswer) &&
    unitId !== null &&
    unitId !== undefined &&
    String(unitId) === String(task.unitId)
  );
}

const NO_RECORD = {};

const AnswerForm = ({ task }: { task: Task }) => {
  const translate = useTranslate();
  const [problem, setProblem] = useState<string | null>(null);
  const { mutateAsync } = useRecordAction('tasks', task.id, { done: () => ({ message: 'lentera.tasks.answered' }) });
  const submit = async (values: Record<string, unknown>) => {
    setProblem(null);
    try {
      await mutateAsync({ action: 'answer', body: { answer: String(values.answer ?? '').trim() } });
    } catch (error) {
      setProblem((error as Error).message);
      return fieldErrorsOf(error);
    }
  };
  return (
    <Form onSubmit={submit} record={NO_RECORD}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('lentera.tasks.answer_hint')}
      </Typography>
      <TextArea source="answer" label="resources.tasks.fields.answer" minRows={5} max={10000} />
      <ErrorAlert message={problem} sx={{ mb: 1 }} />
      <SaveButton label="lentera.tasks.submit" icon={<SendIcon />} />
    </Form>
  );
};

const TaskLayout = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dateTime = useOfficeDateTime();
  const canAnswer = useCanAnswer(task);
  if (!task) return null;
  const request = task.request;
  return (
    <Grid container spacing={2} sx={{ mt: 1 }}>
      <Grid size={{ xs: 12, md: 5 }}>
        <Panel title="lentera.tasks.request_section">
          {request && (
            <>
              <PanelCode testId="task-request-number">{request.number}</PanelCode>
              <Box sx={{ mb: 1.5 }}>
                <StatusChip status={request.status} />
              </Box>
              <Detail label="resources.requests.fields.informationRequested">{request.informationRequested}</Detail>
              <Detail label="resources.requests.fields.purpose">{request.purpose}</Detail>
              <Detail label="lentera.tasks.request_due">
                {formatDate(request.effectiveDueDate, locale, { weekday: true })}
              </Detail>
            </>
          )}
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <Panel title="lentera.tasks.assignment_section" action={<TaskStatusChip status={task.status} />}>
          <Detail label="resources.tasks.fields.unitName">{task.unitName ?? '—'}</Detail>
          <Detail label="resources.tasks.fields.instruction">
            <Box data-testid="task-instruction">{task.instruction}</Box>
          </Detail>
          <Detail label="resources.tasks.fields.dueDate">{formatDate(task.dueDate, locale, { weekday: true })}</Detail>
          <Detail label="resources.tasks.fields.createdAt">{dateTime(task.createdAt)}</Detail>
        </Panel>
        <Panel title="lentera.tasks.answer_section" testId="task-answer">
          {task.status === 'answered' ? (
            <>
              <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap' }} data-testid="task-answer-text">
                {task.answer}
              </Typography>
              {task.answeredAt && (
                <Typography variant="caption" color="text.secondary">
                  {translate('lentera.tasks.answered_at', { at: dateTime(task.answeredAt) })}
                </Typography>
              )}
            </>
          ) : canAnswer ? (
            <AnswerForm task={task} />
          ) : (
            <Typography variant="body2" color="text.secondary">
              {translate('lentera.tasks.waiting')}
            </Typography>
          )}
        </Panel>
        <Panel title="lentera.tasks.files">
          <AttachmentList files={task.files} />
          {canAnswer && <FileUpload path={`tasks/${encodeURIComponent(task.id)}/files`} testId="task-upload" />}
        </Panel>
      </Grid>
    </Grid>
  );
};

/** One assignment: what the PPID asks, by when, the unit's answer and its files. */
export const TaskShow = () => (
  <RecordShow<Task> title={titled('tasks', (task) => task.request?.number ?? `#${task.id}`)}>
    {() => <TaskLayout />}
  </RecordShow>
);
