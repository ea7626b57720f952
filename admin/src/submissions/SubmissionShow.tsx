import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CloseIcon from '@mui/icons-material/Close';
import { Box, Dialog, DialogActions, DialogContent, DialogTitle, Grid, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, Form, SaveButton, useNotify, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { TextArea } from '../common/TextArea';
import { Detail, Panel, PanelCode } from '../common/Panel';
import { fieldErrorsOf } from '../common/fieldErrors';
import { useRecordAction } from '../common/mutations';
import { RecordShow, titled } from '../common/RecordShow';
import { useOfficeDateTime } from '../common/fields';
import { useCan } from '../common/useCan';
import { IdentityConflictDialog } from '../requesters/IdentityConflictDialog';
import { existingRequesterOf, type ExistingRequester } from '../requesters/identity';
import { ElectionLine, RegimeChip } from '../requests/Regime';
import { RegimeInputs } from '../requests/RegimeInputs';
import { regimePayload } from '../requests/payload';
import type { Submission } from '../api/types';
import { SubmissionFiles, SubmissionStatusChip } from './fields';
import { MethodDetails } from '../requests/fields';
import { useSmall } from '../common/useSmall';
import { ErrorAlert } from '../common/ErrorAlert';

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
  initialNote = '',
}: {
  submission: Submission;
  open: boolean;
  onClose: () => void;
  initialNote?: string;
}) => {
  const translate = useTranslate();
  const [problem, setProblem] = useState<string | null>(null);
  const { mutateAsync } = useRecordAction('submissions', submission.id, {
    done: () => ({ message: 'lentera.submissions.rejected' }),
  });
  const submit = async (values: Record<string, unknown>) => {
    setProblem(null);
    try {
      await mutateAsync({ action: 'reject', body: { note: String(values.note ?? '').trim() } });
      onClose();
    } catch (error) {
      setProblem((error as Error).message);
      return fieldErrorsOf(error);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <Form onSubmit={submit} record={NO_RECORD} defaultValues={{ note: initialNote }}>
        <DialogTitle>{translate('lentera.submissions.reject_title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('lentera.submissions.reject_hint')}
          </Typography>
          <TextArea source="note" label="resources.submissions.fields.note" minRows={3} max={2000} autoFocus />
          <ErrorAlert message={problem} testId="submission-reject-error" />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label="lentera.submissions.reject" icon={<CloseIcon />} color="error" />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/**
 * Verifikasi & registrasi: the desk confirms (or corrects) the regime the citizen chose, then registers. A NIK that is
 * registered under another name stops it (409): the desk confirms the same person, or rejects the submission — the
 * citizen's NIK cannot be corrected here.
 */
const AcceptDialog = ({
  submission,
  onClose,
  onReject,
}: {
  submission: Submission;
  onClose: () => void;
  onReject: (note: string) => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  // a 409 (accepted or rejected meanwhile) invalidates the submission: the page shows where it stands
  const accepting = useRecordAction<{ id: number | string }>('submissions', submission.id);
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ existing: ExistingRequester; values: Record<string, unknown> } | null>(
    null,
  );
  const small = useSmall();
  const [busy, setBusy] = useState(false);

  const accept = async (values: Record<string, unknown>, sameAsRegistered = false) => {
    setProblem(null);
    setBusy(true);
    try {
      const request = await accepting.mutateAsync({
        action: 'accept',
        body: { ...regimePayload(values), ...(sameAsRegistered ? { sameAsRegistered: true } : {}) },
      });
      notify('lentera.submissions.accepted', { type: 'success' });
      redirect('show', 'requests', request.id);
      return undefined;
    } catch (error) {
      setBusy(false);
      const existing = existingRequesterOf(error);
      if (existing) {
        setConflict({ existing, values });
        return undefined;
      }
      setProblem((error as Error).message);
      return fieldErrorsOf(error);
    }
  };

  if (conflict)
    return (
      <IdentityConflictDialog
        existing={conflict.existing}
        typedName={typeof submission.requesterData.name === 'string' ? submission.requesterData.name : null}
        busy={busy}
        problem={problem}
        onSame={() => void accept(conflict.values, true)}
        onFix={() =>
          onReject(
            translate('lentera.submissions.nik_conflict_note', {
              nik: submission.requesterData.nik ?? '',
            }),
          )
        }
        onClose={onClose}
        fixLabel="lentera.submissions.not_same"
        fixExplanation="lentera.submissions.not_same_explanation"
      />
    );

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      fullWidth
      fullScreen={small}
      maxWidth="sm"
      data-testid="dialog-accept"
    >
      <Form
        onSubmit={(values: Record<string, unknown>) => accept(values)}
        record={NO_RECORD}
        defaultValues={{
          regime: submission.regime ?? 'general',
          electionKind: submission.electionKind ?? '',
          electionName: submission.electionName ?? '',
          electionStage: '',
        }}
      >
        <DialogTitle>{translate('lentera.submissions.accept_title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('lentera.submissions.accept_hint')}
          </Typography>
          <RegimeInputs />
          <ErrorAlert message={problem} sx={{ mt: 1 }} testId="submission-accept-error" />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} disabled={busy} />
          <SaveButton label="lentera.submissions.accept" icon={<CheckCircleIcon />} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

const ReviewActions = ({ submission }: { submission: Submission }) => {
  const [accepting, setAccepting] = useState(false);
  const [rejecting, setRejecting] = useState<{ note: string } | null>(null);
  return (
    <Box data-testid="submission-actions">
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button label="lentera.submissions.accept" variant="contained" onClick={() => setAccepting(true)}>
          <CheckCircleIcon />
        </Button>
        <Button
          label="lentera.submissions.reject"
          variant="outlined"
          color="error"
          onClick={() => setRejecting({ note: '' })}
        >
          <CloseIcon />
        </Button>
      </Box>
      {accepting && (
        <AcceptDialog
          submission={submission}
          onClose={() => setAccepting(false)}
          onReject={(note) => {
            setAccepting(false);
            setRejecting({ note });
          }}
        />
      )}
      {rejecting && (
        <RejectDialog submission={submission} open initialNote={rejecting.note} onClose={() => setRejecting(null)} />
      )}
    </Box>
  );
};

const SubmissionLayout = () => {
  const submission = useRecordContext<Submission>();
  const translate = useTranslate();
  const dateTime = useOfficeDateTime();
  const canReview = useCan('show', 'submissions');
  if (!submission) return null;
  return (
    <Grid container spacing={2} sx={{ mt: 1 }}>
      <Grid size={{ xs: 12 }}>
        <Panel title="lentera.submissions.panel_title" action={<SubmissionStatusChip status={submission.status} />}>
          <PanelCode testId="submission-code">{submission.trackingCode}</PanelCode>
          <Box sx={{ mb: 1.5 }} data-testid="submission-regime">
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mb: 0.5 }}>
              {translate('lentera.submissions.regime_asked')}
            </Typography>
            <RegimeChip regime={submission.regime ?? 'general'} />
            <ElectionLine matter={submission} />
          </Box>
          <Detail label="resources.submissions.fields.submittedAt">{dateTime(submission.submittedAt)}</Detail>
          {submission.reviewedAt && (
            <Detail label="resources.submissions.fields.reviewedAt">{dateTime(submission.reviewedAt)}</Detail>
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
          <MethodDetails
            resource="submissions"
            obtain={submission.obtainMethods}
            delivery={submission.deliveryMethods}
          />
        </Panel>
      </Grid>
    </Grid>
  );
};

/** One web submission: who sent it, what they ask, their files; the desk verifies and registers it or rejects it with a reason. */
export const SubmissionShow = () => (
  <RecordShow<Submission> title={titled('submissions', (submission) => submission.trackingCode ?? `#${submission.id}`)}>
    {() => <SubmissionLayout />}
  </RecordShow>
);
