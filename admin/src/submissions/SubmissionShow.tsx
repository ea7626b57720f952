import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CloseIcon from '@mui/icons-material/Close';
import { Alert, Box, Dialog, DialogActions, DialogContent, DialogTitle, Grid, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Form,
  SaveButton,
  Show,
  TextInput,
  maxLength,
  required,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRedirect,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Detail, Panel } from '../common/Panel';
import { fieldErrorsOf, sendJson } from '../common/api';
import { formatInZone } from '../common/datetime';
import { useOfficeTimeZone } from '../common/fields';
import { useCan } from '../common/useCan';
import type { Submission } from '../types';
import { SubmissionFiles, SubmissionStatusChip } from './fields';

const NO_RECORD = {};

/** The requester fields in the order of the intake form; anything else the server sent comes after. */
const REQUESTER_ORDER = [
  'type',
  'name',
  'nik',
  'deedNumber',
  'ratificationNumber',
  'representativeName',
  'powerOfAttorney',
  'address',
  'phone',
  'email',
  'occupation',
];

function requesterEntries(data: Record<string, unknown> | undefined): Array<[string, unknown]> {
  if (!data) return [];
  const keys = [
    ...REQUESTER_ORDER.filter((k) => k in data),
    ...Object.keys(data).filter((k) => !REQUESTER_ORDER.includes(k)),
  ];
  return keys.map((k) => [k, data[k]]);
}

const RequesterValue = ({ name, value }: { name: string; value: unknown }) => {
  const translate = useTranslate();
  if (value === null || value === undefined || value === '') return <>—</>;
  if (name === 'type') return <>{translate(`lentera.requesters.types.${value}`, { _: String(value) })}</>;
  if (typeof value === 'boolean') return <>{translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}</>;
  if (name === 'nik')
    return (
      <Box component="span" sx={{ fontFamily: 'monospace' }} data-testid="submission-nik">
        {String(value)}
      </Box>
    );
  return <>{typeof value === 'object' ? JSON.stringify(value) : String(value)}</>;
};

const RejectDialog = ({
  submission,
  open,
  onClose,
}: {
  submission: Submission;
  open: boolean;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (values: Record<string, unknown>) => {
    setProblem(null);
    try {
      await sendJson('POST', `submissions/${encodeURIComponent(submission.id)}/reject`, {
        note: String(values.note ?? '').trim(),
      });
      notify('lentera.submissions.rejected', { type: 'success' });
      onClose();
      refresh();
    } catch (error) {
      setProblem((error as Error).message);
      return fieldErrorsOf(error);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <Form onSubmit={submit} record={NO_RECORD}>
        <DialogTitle>{translate('lentera.submissions.reject_title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('lentera.submissions.reject_hint')}
          </Typography>
          <TextInput
            source="note"
            label="resources.submissions.fields.note"
            multiline
            minRows={3}
            validate={[required(), maxLength(2000)]}
            autoFocus
          />
          {problem && (
            <Alert severity="error" data-testid="submission-reject-error">
              {problem}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label="lentera.submissions.reject" icon={<CloseIcon />} color="error" />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

const ReviewActions = ({ submission }: { submission: Submission }) => {
  const notify = useNotify();
  const redirect = useRedirect();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const accept = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const request = await sendJson<{ id: number | string }>(
        'POST',
        `submissions/${encodeURIComponent(submission.id)}/accept`,
        {},
      );
      notify('lentera.submissions.accepted', { type: 'success' });
      redirect('show', 'requests', request.id);
    } catch (error) {
      setProblem((error as Error).message);
      setBusy(false);
      refresh();
    }
  };
  return (
    <Box data-testid="submission-actions">
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button label="lentera.submissions.accept" variant="contained" onClick={accept} disabled={busy}>
          <CheckCircleIcon />
        </Button>
        <Button
          label="lentera.submissions.reject"
          variant="outlined"
          color="error"
          onClick={() => setRejecting(true)}
          disabled={busy}
        >
          <CloseIcon />
        </Button>
      </Box>
      {problem && (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="submission-accept-error">
          {problem}
        </Alert>
      )}
      <RejectDialog submission={submission} open={rejecting} onClose={() => setRejecting(false)} />
    </Box>
  );
};

const SubmissionLayout = () => {
  const submission = useRecordContext<Submission>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const timeZone = useOfficeTimeZone();
  const canReview = useCan('show', 'submissions');
  if (!submission) return null;
  const list = (values: string[] | undefined, prefix: string) =>
    values?.length ? values.map((v) => translate(`${prefix}.${v}`, { _: v })).join(', ') : '—';
  return (
    <Grid container spacing={2} sx={{ mt: 1 }}>
      <Grid size={{ xs: 12 }}>
        <Panel title="resources.submissions.name" action={<SubmissionStatusChip status={submission.status} />}>
          <Typography
            variant="h5"
            sx={{ fontFamily: 'monospace', fontWeight: 700, mb: 1 }}
            data-testid="submission-code"
          >
            {submission.trackingCode}
          </Typography>
          <Detail label="resources.submissions.fields.submittedAt">
            {formatInZone(submission.submittedAt, timeZone, locale)}
          </Detail>
          {submission.reviewedAt && (
            <Detail label="resources.submissions.fields.reviewedAt">
              {formatInZone(submission.reviewedAt, timeZone, locale)}
            </Detail>
          )}
          {submission.status === 'rejected' && submission.rejectReason && (
            <Detail label="resources.submissions.fields.rejectReason">{submission.rejectReason}</Detail>
          )}
          {submission.status === 'accepted' && submission.requestId !== null && submission.requestId !== undefined && (
            <Button
              label="lentera.submissions.open_request"
              href={`#/requests/${encodeURIComponent(submission.requestId)}/show`}
              sx={{ mb: 1 }}
            />
          )}
          {submission.status === 'pending' && canReview && <ReviewActions submission={submission} />}
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <Panel title="lentera.submissions.requester_section" testId="submission-requester">
          {requesterEntries(submission.requesterData).map(([key, value]) => (
            <Detail key={key} label={translate(`resources.requesters.fields.${key}`, { _: key })}>
              <RequesterValue name={key} value={value} />
            </Detail>
          ))}
        </Panel>
        <Panel title="lentera.submissions.files">
          <SubmissionFiles files={submission.files} />
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <Panel title="lentera.submissions.request_section">
          <Detail label="resources.submissions.fields.informationRequested">
            <Box sx={{ whiteSpace: 'pre-wrap' }}>{submission.informationRequested}</Box>
          </Detail>
          <Detail label="resources.submissions.fields.purpose">
            <Box sx={{ whiteSpace: 'pre-wrap' }}>{submission.purpose}</Box>
          </Detail>
          <Detail label="resources.submissions.fields.obtainMethods">
            {list(submission.obtainMethods, 'lentera.requests.obtain')}
          </Detail>
          <Detail label="resources.submissions.fields.deliveryMethods">
            {list(submission.deliveryMethods, 'lentera.requests.delivery')}
          </Detail>
        </Panel>
      </Grid>
    </Grid>
  );
};

const SubmissionTitle = () => {
  const submission = useRecordContext<Submission>();
  const translate = useTranslate();
  return (
    <span>
      {submission
        ? `${translate('resources.submissions.name', { smart_count: 1 })} ${submission.trackingCode ?? `#${submission.id}`}`
        : ''}
    </span>
  );
};

/** One web submission: who sent it, what they ask, their files; the desk verifies and registers it or rejects it with a reason. */
export const SubmissionShow = () => (
  <Show title={<SubmissionTitle />} actions={false} component="div">
    <SubmissionLayout />
  </Show>
);
