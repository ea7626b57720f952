import DrawIcon from '@mui/icons-material/Draw';
import GavelIcon from '@mui/icons-material/Gavel';
import PublicIcon from '@mui/icons-material/Public';
import {
  Alert,
  Box,
  Button as MuiButton,
  Checkbox,
  Chip,
  FormControlLabel,
  IconButton,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useRef, useState } from 'react';
import { useGetIdentity, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { quorumOf } from '../../../server/src/annual-reports/annual-report-lifecycle';
import type { LenteraIdentity } from '../authProvider';
import { ConfirmAct } from '../common/ActionDialog';
import { DownloadButton } from '../common/DownloadButton';
import { Panel } from '../common/Panel';
import { useApiMutation } from '../common/mutations';
import { formatDate, todayIn } from '../common/dates';
import { useOfficeTimeZone } from '../common/fields';
import { formatBytes } from '../common/upload';
import { M, useOffered, useRefusal, useStep, When } from './step';
import type { AnnualReport, PlenaryAttendee, QuorumInfo } from './types';
import { DatePickerId } from '../common/DateInputId';
import { ErrorAlert } from '../common/ErrorAlert';

interface OfficeUser {
  id: number;
  fullName: string;
  position: string | null;
  nip: string | null;
}

interface External {
  name: string;
  position: string;
  nip: string;
}

/** The quorum as recorded: present, absent, not recorded, and whether the office's rule is met. */
export const QuorumLine = ({ q, testId = 'pleno-quorum' }: { q: QuorumInfo; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Stack
      direction="row"
      useFlexGap
      sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center', my: 1 }}
      data-testid={testId}
    >
      <Chip
        size="small"
        color={q.met ? 'success' : 'warning'}
        label={translate(q.met ? `${M}.quorum_met` : `${M}.quorum_not_met`, { required: q.required })}
        data-met={q.met ? 'yes' : 'no'}
      />
      <Typography variant="body2">
        {translate(`${M}.quorum_counts`, { present: q.present, absent: q.absent, unrecorded: q.unrecorded })}
      </Typography>
    </Stack>
  );
};

/**
 * Schedule (or move) the rapat pleno: date, place, the office's quorum rule, attendees chosen among the users of the
 * office and named members without an account. Moving the date asks for a reason (the server audits it).
 */
const ScheduleForm = ({ record, onDone }: { record: AnnualReport; onDone?: () => void }) => {
  const translate = useTranslate();
  const { run, busy, alert } = useStep(record);
  const p = record.plenary;
  // the hook runs on every render (inside `??` it would be skipped once a meeting is scheduled)
  const timeZone = useOfficeTimeZone();
  const [date, setDate] = useState(p?.date ?? todayIn(timeZone));
  const [place, setPlace] = useState(p?.place ?? '');
  const [quorum, setQuorum] = useState(String(p?.quorum ?? 1));
  const [reason, setReason] = useState('');
  const [chosen, setChosen] = useState<number[]>(
    () => p?.attendees.filter((a) => a.userId).map((a) => a.userId!) ?? [],
  );
  const [externals, setExternals] = useState<External[]>(
    () =>
      p?.attendees
        .filter((a) => !a.userId)
        .map((a) => ({ name: a.name, position: a.position ?? '', nip: a.nip ?? '' })) ?? [],
  );
  const { data: users, error: usersError } = useGetList<OfficeUser>('users', {
    filter: { officeId: record.officeId, active: true },
    sort: { field: 'fullName', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const moving = !!p && p.date !== date;
  const setExternal = (i: number, key: keyof External, value: string) =>
    setExternals(externals.map((x, j) => (j === i ? { ...x, [key]: value } : x)));
  const submit = async () => {
    const ok = await run(
      'pleno',
      {
        date,
        place,
        quorum: Number(quorum),
        attendees: [
          ...chosen.map((userId) => ({ userId })),
          ...externals
            .filter((x) => x.name.trim())
            .map((x) => ({
              name: x.name.trim(),
              position: x.position.trim() || null,
              ...(x.nip.trim() ? { nip: x.nip.replace(/\s+/g, '') } : {}),
            })),
        ],
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      },
      p ? `${M}.reschedule` : `${M}.schedule`,
    );
    if (ok) onDone?.();
  };
  return (
    <Box data-testid="annual-pleno-form" sx={{ mb: 2 }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 1 }}>
        <DatePickerId name="pleno.date" label={translate(`${M}.pleno_date`)} value={date} onChange={setDate} />
        <TextField
          name="pleno.place"
          label={translate(`${M}.pleno_place`)}
          value={place}
          onChange={(e) => setPlace(e.target.value)}
          fullWidth
        />
        <TextField
          type="number"
          name="pleno.quorum"
          label={translate(`${M}.quorum`)}
          value={quorum}
          onChange={(e) => setQuorum(e.target.value)}
          sx={{ minWidth: 200 }}
        />
      </Stack>
      {moving && (
        <TextField
          name="pleno.reason"
          label={translate(`${M}.reschedule_reason`)}
          helperText={translate(`${M}.reschedule_help`)}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          fullWidth
          multiline
          sx={{ mb: 1 }}
        />
      )}
      <Typography variant="subtitle2">{translate(`${M}.attendees_users`)}</Typography>
      <Box data-testid="pleno-users" sx={{ mb: 1 }}>
        {!users && !usersError ? (
          <Typography variant="body2" color="text.secondary">
            …
          </Typography>
        ) : (
          (users ?? []).map((u) => (
            <FormControlLabel
              key={u.id}
              sx={{ display: 'flex' }}
              control={
                <Checkbox
                  checked={chosen.includes(u.id)}
                  onChange={(e) => setChosen(e.target.checked ? [...chosen, u.id] : chosen.filter((id) => id !== u.id))}
                />
              }
              label={`${u.fullName}${u.position ? ` — ${u.position}` : ''}`}
            />
          ))
        )}
      </Box>
      <Typography variant="subtitle2">{translate(`${M}.attendees_external`)}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(`${M}.attendees_external_help`)}
      </Typography>
      {externals.map((x, i) => (
        <Stack key={i} direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 1 }} data-testid="pleno-external">
          <TextField
            size="small"
            name={`externals.${i}.name`}
            label={translate(`${M}.attendee_name`)}
            value={x.name}
            onChange={(e) => setExternal(i, 'name', e.target.value)}
            fullWidth
          />
          <TextField
            size="small"
            name={`externals.${i}.position`}
            label={translate(`${M}.attendee_position`)}
            value={x.position}
            onChange={(e) => setExternal(i, 'position', e.target.value)}
            fullWidth
          />
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <TextField
              size="small"
              name={`externals.${i}.nip`}
              label={translate(`${M}.attendee_nip`)}
              value={x.nip}
              onChange={(e) => setExternal(i, 'nip', e.target.value)}
              sx={{ minWidth: 190 }}
            />
            <IconButton
              aria-label={translate('ra.action.remove')}
              onClick={() => setExternals(externals.filter((_, j) => j !== i))}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Stack>
        </Stack>
      ))}
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1 }}>
        <MuiButton onClick={() => setExternals([...externals, { name: '', position: '', nip: '' }])}>
          {translate(`${M}.add_external`)}
        </MuiButton>
        <MuiButton variant="contained" disabled={busy || (moving && !reason.trim())} onClick={() => void submit()}>
          {translate(p ? `${M}.reschedule` : `${M}.schedule`)}
        </MuiButton>
        {onDone && <MuiButton onClick={onDone}>{translate('ra.action.cancel')}</MuiButton>}
      </Stack>
      {alert}
    </Box>
  );
};

/**
 * Attendance recorded at the meeting, person by person: present or absent, nothing chosen until it is recorded.
 * The quorum is computed from what is marked. Before the meeting date the server refuses, and says why.
 */
const Attendance = ({ record }: { record: AnnualReport }) => {
  const translate = useTranslate();
  const { run, busy, alert } = useStep(record);
  const offered = useOffered(record);
  const refusal = useRefusal(record, 'record_attendance');
  const p = record.plenary!;
  const editable = offered.includes('record_attendance');
  const [marks, setMarks] = useState<Record<string, boolean | null>>(() =>
    Object.fromEntries(p.attendees.map((a) => [a.id, a.present])),
  );
  const local = { ...p, attendees: p.attendees.map((a) => ({ ...a, present: marks[a.id] ?? null })) };
  const changed = p.attendees.filter((a) => marks[a.id] !== null && marks[a.id] !== a.present);
  return (
    <Box data-testid="pleno-attendance" sx={{ mb: 2 }}>
      <Typography variant="subtitle1">{translate(`${M}.attendance`)}</Typography>
      {refusal && (
        <Alert severity="info" sx={{ my: 1 }} data-testid="attendance-refusal">
          {refusal}
        </Alert>
      )}
      {p.attendees.map((a: PlenaryAttendee) => (
        <Stack
          key={a.id}
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ alignItems: { sm: 'center' }, py: 0.75, borderBottom: 1, borderColor: 'divider' }}
          data-testid="attendance-row"
          data-attendee={a.id}
          data-present={marks[a.id] === null ? 'unrecorded' : marks[a.id] ? 'yes' : 'no'}
        >
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {a.name}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {[a.position, a.userId ? null : translate(`${M}.no_account`)].filter(Boolean).join(' · ')}
            </Typography>
          </Box>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={marks[a.id] === null ? null : marks[a.id] ? 'present' : 'absent'}
            onChange={(_, v: 'present' | 'absent' | null) =>
              v !== null && setMarks({ ...marks, [a.id]: v === 'present' })
            }
            disabled={!editable}
            aria-label={a.name}
          >
            <ToggleButton value="present" color="success">
              {translate(`${M}.present`)}
            </ToggleButton>
            <ToggleButton value="absent" color="error">
              {translate(`${M}.absent`)}
            </ToggleButton>
          </ToggleButtonGroup>
        </Stack>
      ))}
      <QuorumLine q={quorumOf(local)} />
      {editable && (
        <MuiButton
          variant="contained"
          disabled={busy || changed.length === 0}
          onClick={() =>
            run(
              'pleno/attendance',
              { attendance: changed.map((a) => ({ id: a.id, present: marks[a.id] })) },
              `${M}.save_attendance`,
            )
          }
        >
          {translate(`${M}.save_attendance`)}
        </MuiButton>
      )}
      {alert}
    </Box>
  );
};

/** Ratify: the decision of the meeting held, and the signatories among the present attendees who have an account. */
const RatifyForm = ({ record }: { record: AnnualReport }) => {
  const translate = useTranslate();
  const { run, busy, alert } = useStep(record);
  const present = (record.plenary?.attendees ?? []).filter((a) => a.present === true);
  const [signatories, setSignatories] = useState<string[]>([]);
  const [decision, setDecision] = useState('');
  const [asking, setAsking] = useState(false);
  return (
    <Box data-testid="annual-ratify-form" sx={{ mb: 2 }}>
      <Typography variant="subtitle1">{translate(`${M}.ratify`)}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(`${M}.ratify_help`)}
      </Typography>
      <Typography variant="subtitle2">{translate(`${M}.signatories`)}</Typography>
      {present.map((a) => (
        <FormControlLabel
          key={a.id}
          sx={{ display: 'flex' }}
          control={
            <Checkbox
              checked={signatories.includes(a.id)}
              onChange={(e) =>
                setSignatories(e.target.checked ? [...signatories, a.id] : signatories.filter((x) => x !== a.id))
              }
            />
          }
          label={`${a.name}${a.position ? ` — ${a.position}` : ''}${a.userId ? '' : ` (${translate(`${M}.no_account_wet`)})`}`}
        />
      ))}
      <TextField
        name="decision"
        label={translate(`${M}.decision`)}
        value={decision}
        onChange={(e) => setDecision(e.target.value)}
        multiline
        minRows={2}
        fullWidth
        sx={{ my: 1 }}
      />
      <MuiButton
        variant="contained"
        disabled={busy || !decision.trim() || signatories.length === 0}
        onClick={() => setAsking(true)}
      >
        {translate(`${M}.ratify`)}
      </MuiButton>
      {alert}
      <ConfirmAct
        open={asking}
        testId="ratify-dialog"
        icon={<GavelIcon />}
        busy={busy}
        act={{
          title: translate(`${M}.ratify_title`, { year: record.year }),
          text: translate(`${M}.ratify_text`, { year: record.year, count: signatories.length }),
          verb: translate(`${M}.ratify_verb`),
        }}
        onCancel={() => setAsking(false)}
        onConfirm={async () => {
          await run('ratify', { decision, signatories }, `${M}.ratify`);
          setAsking(false);
        }}
      />
    </Box>
  );
};

/** A confirmation dialog that names the act the person is about to perform. */
/** Upload of the berita acara signed in ink (PDF only). */
const ScanUpload = ({ record }: { record: AnnualReport }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const upload = useApiMutation(
    (dataProvider, chosen: File) => dataProvider.upload(`annual-reports/${record.id}/berita-acara/scan`, chosen),
    ['annual-reports'],
  );
  const busy = upload.isPending;
  const problem = upload.error?.message ?? null;
  const send = () =>
    file &&
    upload.mutate(file, {
      onSuccess: () => notify(`${M}.done`, { type: 'success', messageArgs: { action: translate(`${M}.upload_scan`) } }),
    });
  return (
    <Box data-testid="scan-upload" sx={{ mt: 1 }}>
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <MuiButton variant="outlined" onClick={() => input.current?.click()}>
          {translate(`${M}.choose_scan`)}
        </MuiButton>
        <input
          ref={input}
          type="file"
          accept="application/pdf,.pdf"
          hidden
          data-testid="scan-upload-input"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {file && (
          <Typography variant="body2">
            {file.name} ({formatBytes(file.size, locale)})
          </Typography>
        )}
        <MuiButton variant="contained" disabled={!file || busy} onClick={() => void send()}>
          {translate(`${M}.upload_scan`)}
        </MuiButton>
      </Stack>
      <ErrorAlert message={problem} sx={{ mt: 1 }} testId="action-error" />
    </Box>
  );
};

/**
 * The berita acara's signatures: each signatory signs with their own account (a dialog names the act); the others
 * show as not yet signed. Or the office issues it for wet signatures and uploads the signed scan.
 */
const Signatures = ({ record }: { record: AnnualReport }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { identity } = useGetIdentity();
  const me = identity as LenteraIdentity | undefined;
  const offered = useOffered(record);
  const { run, busy, alert } = useStep(record);
  const [asking, setAsking] = useState<'sign' | 'wet' | null>(null);
  const signatures = record.signatures ?? [];
  const signing = record.signing;
  const wet = signing?.method === 'wet';
  const mine = signatures.find((s) => s.userId === me?.id);
  const meeting = record.plenary ? formatDate(record.plenary.date, locale) : '';
  const act = translate(`${M}.ba_title`, { year: record.year, office: me?.office?.name ?? '' });
  return (
    <Box data-testid="pleno-signatures" sx={{ mb: 2 }}>
      <Typography variant="subtitle1">{translate(`${M}.signatures`)}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(wet ? `${M}.signatures_wet_help` : `${M}.signatures_help`)}
      </Typography>
      {!wet && signing && !signing.electronic && (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="wet-only">
          {translate(`${M}.wet_only`)}
        </Alert>
      )}
      {signatures.map((s) => (
        <Stack
          key={s.attendeeId}
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ alignItems: { sm: 'center' }, py: 0.75, borderBottom: 1, borderColor: 'divider' }}
          data-testid="signature-row"
          data-signed={s.signedAt ? 'yes' : 'no'}
        >
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {s.name}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {s.position ?? ''}
            </Typography>
          </Box>
          {wet ? (
            <Chip
              size="small"
              variant="outlined"
              color={signing?.scan ? 'success' : 'default'}
              label={translate(signing?.scan ? `${M}.signed_wet` : `${M}.awaiting_wet`)}
            />
          ) : s.signedAt ? (
            <Chip
              size="small"
              color="success"
              label={
                <>
                  {translate(`${M}.signed_at`)} <When value={s.signedAt} />
                </>
              }
            />
          ) : (
            <Chip size="small" variant="outlined" label={translate(`${M}.not_signed`)} />
          )}
        </Stack>
      ))}
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, mt: 1, alignItems: 'center' }}>
        {offered.includes('sign') && (
          <MuiButton
            variant="contained"
            startIcon={<DrawIcon />}
            onClick={() => setAsking('sign')}
            data-testid="sign-open"
          >
            {translate(`${M}.sign`)}
          </MuiButton>
        )}
        {!record.beritaAcaraDocument && signatures.length > 0 && (
          <DownloadButton
            path={`annual-reports/${record.id}/berita-acara.pdf`}
            fileName={`berita-acara-pleno-${record.year}-naskah.pdf`}
            label={`${M}.ba_draft`}
            variant="outlined"
          />
        )}
        {offered.includes('print_wet') && (
          <MuiButton variant="outlined" onClick={() => setAsking('wet')} data-testid="wet-open">
            {translate(`${M}.print_wet`)}
          </MuiButton>
        )}
      </Stack>
      {wet && signing?.printedAt && (
        <Typography variant="body2" sx={{ mt: 1 }} data-testid="wet-printed">
          {translate(`${M}.printed_by`, { name: signing.printedBy?.name ?? '' })} <When value={signing.printedAt} />
        </Typography>
      )}
      {offered.includes('upload_scan') && <ScanUpload record={record} />}
      {signing?.scan && (
        <Box sx={{ mt: 1 }} data-testid="wet-scan">
          <Typography variant="body2">
            {translate(`${M}.scan_by`, { name: signing.scan.uploadedBy.name })} <When value={signing.scan.uploadedAt} />
          </Typography>
          <Typography variant="caption" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
            SHA-256 {signing.scan.sha256}
          </Typography>
          <Box>
            <DownloadButton
              path={`annual-reports/${record.id}/berita-acara-scan.pdf`}
              fileName={`berita-acara-pleno-${record.year}-basah.pdf`}
              label={`${M}.scan_download`}
              variant="outlined"
            />
          </Box>
        </Box>
      )}
      {alert}
      <ConfirmAct
        open={asking === 'sign'}
        testId="sign-dialog"
        icon={<DrawIcon />}
        act={{
          title: translate(`${M}.sign_title`),
          text: translate(`${M}.sign_text`, {
            act,
            date: meeting,
            name: me?.fullName ?? '',
            capacity: mine?.position ?? translate(`${M}.signatory`),
          }),
          verb: translate(`${M}.sign_confirm`),
        }}
        busy={busy}
        onCancel={() => setAsking(null)}
        onConfirm={async () => {
          if (await run('sign', {}, `${M}.sign`)) setAsking(null);
        }}
      />
      <ConfirmAct
        open={asking === 'wet'}
        testId="wet-dialog"
        icon={<DrawIcon />}
        act={{
          title: translate(`${M}.print_wet`),
          text: translate(`${M}.print_wet_text`, { act }),
          verb: translate(`${M}.print_wet_confirm`),
        }}
        busy={busy}
        onCancel={() => setAsking(null)}
        onConfirm={async () => {
          if (await run('berita-acara/wet', {}, `${M}.print_wet`)) setAsking(null);
        }}
      />
    </Box>
  );
};

/** Publish: the e-PPID upload date and link. */
const PublishForm = ({ record }: { record: AnnualReport }) => {
  const translate = useTranslate();
  const { run, busy, alert } = useStep(record);
  const timeZone = useOfficeTimeZone();
  const [date, setDate] = useState(todayIn(timeZone));
  const [link, setLink] = useState('');
  const [asking, setAsking] = useState(false);
  return (
    <Box data-testid="annual-publish-form" sx={{ mb: 2 }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 1 }}>
        <DatePickerId name="eppidUploadedAt" label={translate(`${M}.eppid_date`)} value={date} onChange={setDate} />
        <TextField
          name="eppidLink"
          label={translate(`${M}.eppid_link`)}
          value={link}
          onChange={(e) => setLink(e.target.value)}
          fullWidth
        />
      </Stack>
      <MuiButton variant="contained" disabled={busy} onClick={() => setAsking(true)}>
        {translate(`${M}.publish`)}
      </MuiButton>
      {alert}
      <ConfirmAct
        open={asking}
        testId="publish-dialog"
        icon={<PublicIcon />}
        busy={busy}
        act={{
          title: translate(`${M}.publish_title`, { year: record.year }),
          text: translate(`${M}.publish_text`, { year: record.year, link: link || '—' }),
          verb: translate(`${M}.publish`),
        }}
        onCancel={() => setAsking(false)}
        onConfirm={async () => {
          await run('publish', { eppidUploadedAt: date, eppidLink: link }, `${M}.publish`);
          setAsking(false);
        }}
      />
    </Box>
  );
};

/** The plenary meeting: schedule, attendance, quorum, ratification, signatures and publication. */
export const Pleno = ({ record }: { record: AnnualReport }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const offered = useOffered(record);
  const ratifyRefusal = useRefusal(record, 'ratify');
  const attendanceRefusal = useRefusal(record, 'record_attendance');
  const [moving, setMoving] = useState(false);
  const p = record.plenary;
  if (!p && !offered.includes('schedule_pleno')) return null;
  return (
    <Panel title={`${M}.pleno`} testId="annual-pleno">
      {p && (
        <Box sx={{ mb: 2 }} data-testid="annual-pleno-info">
          <Typography variant="body2">
            {formatDate(p.date, locale)} · {p.place} · {translate(`${M}.quorum_rule`, { quorum: p.quorum })}
          </Typography>
          {record.quorum && record.status !== 'pleno_scheduled' && (
            <QuorumLine q={record.quorum} testId="pleno-quorum-recorded" />
          )}
          {record.status !== 'pleno_scheduled' &&
            p.attendees.map((a) => (
              <Typography key={a.id} variant="body2" color="text.secondary">
                {a.name}
                {a.position ? ` — ${a.position}` : ''} ·{' '}
                {translate(a.present === null ? `${M}.unrecorded` : a.present ? `${M}.present` : `${M}.absent`)}
              </Typography>
            ))}
          {record.decision && (
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 1 }}>
              {translate(`${M}.decision`)}: {record.decision}
            </Typography>
          )}
        </Box>
      )}
      {offered.includes('schedule_pleno') && <ScheduleForm record={record} />}
      {offered.includes('reschedule_pleno') &&
        (moving ? (
          <ScheduleForm record={record} onDone={() => setMoving(false)} />
        ) : (
          <MuiButton sx={{ mb: 2 }} variant="outlined" onClick={() => setMoving(true)} data-testid="reschedule-open">
            {translate(`${M}.reschedule`)}
          </MuiButton>
        ))}
      {record.status === 'pleno_scheduled' && p && (
        <Attendance key={`${record.id}-${p.date}-${record.version ?? ''}`} record={record} />
      )}
      {offered.includes('ratify') && <RatifyForm record={record} />}
      {record.status === 'pleno_scheduled' && ratifyRefusal && ratifyRefusal !== attendanceRefusal && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="ratify-refusal">
          {ratifyRefusal}
        </Alert>
      )}
      {(record.signatures?.length ?? 0) > 0 && <Signatures record={record} />}
      {offered.includes('publish') && <PublishForm record={record} />}
      {record.status === 'published' && record.eppidUploadedAt && (
        <Typography variant="body2" data-testid="annual-published">
          {translate(`${M}.published`, { date: formatDate(record.eppidUploadedAt, locale) })}
          {record.eppidLink && (
            <>
              {' · '}
              <a href={record.eppidLink} target="_blank" rel="noreferrer">
                {record.eppidLink}
              </a>
            </>
          )}
        </Typography>
      )}
    </Panel>
  );
};
