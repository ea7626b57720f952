import {
  Alert,
  Box,
  Button as MuiButton,
  Chip,
  List as MuiList,
  ListItem,
  ListItemText,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Show, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { ConfirmAct } from '../common/ActionDialog';
import { DownloadButton } from '../common/DownloadButton';
import { Panel } from '../common/Panel';
import { RecordHeader } from '../common/RecordHeader';
import { formatDate } from '../common/dates';
import { percent } from '../monthly-reports/actions';
import { AnnualStatusChip, DueChip } from './AnnualReportList';
import { Pleno } from './Pleno';
import type { AnnualAction } from './actions';
import { M, useOffered, useStep, When } from './step';
import {
  COMMENT_SECTIONS,
  NARRATIVE_SECTIONS,
  type AnnualDocument,
  type AnnualNarrative,
  type AnnualReport,
} from './types';

/** A button that asks for a note first (return by the Atasan PPID or by the Tim Pertimbangan). */
const NoteAction = ({
  label,
  onSubmit,
  busy,
  testId,
  noteLabel,
  help,
}: {
  label: string;
  onSubmit: (note: string) => Promise<boolean>;
  busy: boolean;
  testId: string;
  noteLabel?: string;
  help?: string;
}) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  if (!open)
    return (
      <MuiButton variant="outlined" color="warning" onClick={() => setOpen(true)} data-testid={`${testId}-open`}>
        {translate(label)}
      </MuiButton>
    );
  return (
    <Box sx={{ width: '100%' }} data-testid={testId}>
      {help && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(help)}
        </Typography>
      )}
      <TextField
        name="note"
        label={translate(noteLabel ?? `${M}.note`)}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        multiline
        minRows={2}
        fullWidth
        sx={{ mb: 1 }}
      />
      <Stack direction="row" spacing={1}>
        <MuiButton
          variant="contained"
          color="warning"
          disabled={busy || !note.trim()}
          onClick={async () => (await onSubmit(note)) && setOpen(false)}
        >
          {translate(label)}
        </MuiButton>
        <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
      </Stack>
    </Box>
  );
};

/**
 * A step of the workflow, shown only when the server offers it: one click, or (with `note`) a note or reason asked
 * first and sent as that field. The route is the step's name with hyphens (review_approve → POST …/review-approve).
 */
const Step = ({
  action,
  offered,
  run,
  busy,
  note,
  color,
  testId,
  noteLabel,
  help,
  record,
}: {
  record: AnnualReport;
  action: AnnualAction;
  offered: AnnualAction[];
  run: ReturnType<typeof useStep>['run'];
  busy: boolean;
  note?: 'note' | 'reason';
  color?: 'success';
  testId?: string;
  noteLabel?: string;
  help?: string;
}) => {
  const translate = useTranslate();
  const [asking, setAsking] = useState(false);
  if (!offered.includes(action)) return null;
  const label = `${M}.actions.${action}`;
  const path = action.replace(/_/g, '-');
  if (note)
    return (
      <NoteAction
        label={label}
        noteLabel={noteLabel}
        help={help}
        busy={busy}
        testId={testId ?? action}
        onSubmit={(text) => run(path, { [note]: text }, label)}
      />
    );
  return (
    <>
      <MuiButton variant="contained" color={color} disabled={busy} onClick={() => setAsking(true)}>
        {translate(label)}
      </MuiButton>
      {/* a one-click step is an act (submission, approval): named and confirmed first */}
      <ConfirmAct
        open={asking}
        testId={`annual-confirm-${action}`}
        busy={busy}
        act={{
          title: translate(`${M}.acts.${action}.title`, { year: record.year, version: record.versionNo }),
          text: translate(`${M}.acts.${action}.text`, { year: record.year, version: record.versionNo }),
          verb: translate(`${M}.acts.${action}.verb`),
        }}
        onCancel={() => setAsking(false)}
        onConfirm={async () => {
          await run(path, {}, label);
          setAsking(false);
        }}
      />
    </>
  );
};

/** Who wrote the note and on which version, then the note: a return to the PPID, or why a new edition was opened. */
const NoteAlert = ({
  note,
  message,
  severity,
  testId,
}: {
  note: NonNullable<AnnualReport['returnNote']>;
  message: string;
  severity: 'info' | 'warning';
  testId: string;
}) => {
  const translate = useTranslate();
  return (
    <Alert severity={severity} sx={{ mb: 1 }} data-testid={testId}>
      <strong>{translate(message, { name: note.byName, version: note.versionNo })}</strong>
      <br />
      {note.note}
    </Alert>
  );
};

/** Submit (PPID), approve or return (Atasan PPID). */
const WorkflowActions = ({ record }: { record: AnnualReport }) => {
  const offered = useOffered(record);
  const { run, busy, alert } = useStep(record);
  const step = { offered, run, busy, record };
  return (
    <Box data-testid="annual-actions">
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Step action="submit" {...step} />
        <Step action="approve" {...step} />
        <Step action="return" note="note" testId="atasan-return" {...step} />
        <Step
          action="revise"
          note="reason"
          noteLabel={`${M}.revise_reason`}
          help={`${M}.revise_help`}
          testId="annual-revise"
          {...step}
        />
      </Stack>
      {alert}
    </Box>
  );
};

const Figures = ({ record }: { record: AnnualReport }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const s = record.statistics?.summary;
  if (!s) return null;
  const num = (v: number | null) => (v === null ? '—' : v.toLocaleString(locale === 'en' ? 'en-GB' : 'id-ID'));
  const rows: Array<[string, string]> = [
    ['received', num(s.received.total)],
    ['decided', num(s.decided.total)],
    ['within_deadline', num(s.timeliness.withinDeadline)],
    ['within_extension', num(s.timeliness.withinExtension)],
    ['late', num(s.timeliness.late)],
    ['on_time', `${percent(s.timeliness.onTimeRate, locale)} (target ${record.statistics!.onTimeTargetPercent}%)`],
    // each regime on its own clock: general information, information about the Pemilu and Pemilihan
    ...(['general', 'election'] as const).flatMap((r): Array<[string, string]> => {
      const f = s.byRegime?.[r];
      return f
        ? [
            [
              `on_time_${r}`,
              `${percent(f.timeliness.onTimeRate, locale)} (${num(f.decided.total)} ${translate(`${M}.decided`).toLowerCase()})`,
            ],
          ]
        : [];
    }),
    ['median', num(s.timeliness.medianDays)],
    ['objections', `${num(s.objections.received)} / ${num(s.objections.decided)}`],
    ...(s.disputes
      ? ([['disputes', `${num(s.disputes.filed)} / ${num(s.disputes.concluded)}`]] as Array<[string, string]>)
      : []),
    ...(record.statistics!.lawsuits !== undefined
      ? ([['lawsuits', num(record.statistics!.lawsuits)]] as Array<[string, string]>)
      : []),
  ];
  const cases = record.statistics?.disputeCases ?? [];
  return (
    <Panel title={`${M}.figures`} testId="annual-figures">
      {record.statisticsLive && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(`${M}.live`)}
        </Typography>
      )}
      <Table size="small">
        <TableBody>
          {rows.map(([key, value]) => (
            <TableRow key={key} data-figure={key}>
              <TableCell>{translate(`${M}.${key}`)}</TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                {value}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {cases.length > 0 && (
        <Box sx={{ mt: 2 }} data-testid="annual-disputes">
          <Typography variant="subtitle2">{translate(`${M}.dispute_cases`)}</Typography>
          <MuiList dense>
            {cases.map((c) => (
              <ListItem key={c.objectionNumber} disableGutters>
                <ListItemText
                  primary={`${c.objectionNumber}${c.kiRegistrationNumber ? ` · ${c.kiRegistrationNumber}` : ''} · ${formatDate(c.filedDate, locale)}`}
                  secondary={[c.outcome ?? translate(`${M}.dispute_in_process`), c.courtAction]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </ListItem>
            ))}
          </MuiList>
        </Box>
      )}
    </Panel>
  );
};

/** Issued documents with their number and public verification link. */
const DocumentLinks = ({ docs }: { docs: Array<AnnualDocument | null | undefined> }) => {
  const translate = useTranslate();
  return (
    <>
      {docs
        .filter((d): d is AnnualDocument => !!d)
        .map((d) => (
          <Typography key={d.id} variant="body2">
            {d.title}: {d.number} ·{' '}
            <a href={`/verifikasi/${d.verificationCode}`} target="_blank" rel="noreferrer">
              {translate(`${M}.verify`)} ({d.verificationCode})
            </a>
          </Typography>
        ))}
    </>
  );
};

/** Earlier ratified editions: their documents stay issued and verifiable; why each was replaced. */
const Editions = ({ record }: { record: AnnualReport }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const editions = record.editions ?? [];
  if (!editions.length) return null;
  return (
    <Panel title={`${M}.editions`} testId="annual-editions">
      <MuiList dense>
        {editions.map((e) => (
          <ListItem key={e.editionNo} disableGutters data-testid="annual-edition" sx={{ display: 'block' }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {translate(`${M}.edition_line`, {
                edition: e.editionNo,
                version: e.versionNo,
                date: formatDate(e.plenaryDate, locale),
              })}{' '}
              · {translate(e.publishedAt ? `${M}.edition_published` : `${M}.edition_not_published`)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate(`${M}.edition_reason`, { reason: e.reason })} (<When value={e.revisedAt} />)
            </Typography>
            <DocumentLinks docs={[e.reportDocument, e.beritaAcaraDocument]} />
          </ListItem>
        ))}
      </MuiList>
    </Panel>
  );
};

/** The six narrative sections: editable by the PPID in draft/returned, read-only otherwise. */
const Narrative = ({ record }: { record: AnnualReport }) => {
  const translate = useTranslate();
  const editable = useOffered(record).includes('edit');
  const { save, busy, alert } = useStep(record);
  const [text, setText] = useState<AnnualNarrative>(() => ({ ...(record.narrative as AnnualNarrative) }));
  const narrative = record.narrative;
  if (!narrative) return null;
  return (
    <Panel title={`${M}.narrative`} testId="annual-narrative">
      {editable ? (
        <Box>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate(`${M}.narrative_help`)}
          </Typography>
          {NARRATIVE_SECTIONS.map((s) => (
            <TextField
              key={s}
              name={`narrative.${s}`}
              label={translate(`${M}.sections.${s}`)}
              value={text[s] ?? ''}
              onChange={(e) => setText({ ...text, [s]: e.target.value })}
              multiline
              minRows={2}
              fullWidth
              sx={{ mb: 2 }}
            />
          ))}
          <MuiButton variant="contained" disabled={busy} onClick={() => save({ narrative: text }, `${M}.save`)}>
            {translate(`${M}.save`)}
          </MuiButton>
          {alert}
        </Box>
      ) : (
        NARRATIVE_SECTIONS.map((s) => (
          <Box key={s} sx={{ mb: 1.5 }} data-section={s}>
            <Typography variant="subtitle2">{translate(`${M}.sections.${s}`)}</Typography>
            <Typography
              variant="body2"
              sx={{ whiteSpace: 'pre-wrap' }}
              color={narrative[s] ? 'text.primary' : 'text.secondary'}
            >
              {narrative[s] || translate(`${M}.empty`)}
            </Typography>
          </Box>
        ))
      )}
    </Panel>
  );
};

/** The Tim Pertimbangan: comments anchored to sections, each member's approval of the current version, return with notes. */
const Review = ({ record }: { record: AnnualReport }) => {
  const translate = useTranslate();
  const offered = useOffered(record);
  const { run, busy, alert } = useStep(record);
  const [section, setSection] = useState<string>('policy');
  const [text, setText] = useState('');
  const comments = record.comments ?? [];
  const reviews = record.reviews;
  return (
    <Panel title={`${M}.review`} testId="annual-review">
      <Typography variant="subtitle2">{translate(`${M}.comments`)}</Typography>
      {comments.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate(`${M}.no_comments`)}
        </Typography>
      ) : (
        <MuiList dense data-testid="annual-comments">
          {comments.map((c) => (
            <ListItem key={c.id} disableGutters data-testid="annual-comment">
              <ListItemText
                primary={c.text}
                secondary={
                  <>
                    {translate(`${M}.sections.${c.section}`)} · {c.authorName} ·{' '}
                    {translate(`${M}.version`, { version: c.versionNo })} · <When value={c.createdAt} />
                  </>
                }
              />
            </ListItem>
          ))}
        </MuiList>
      )}
      {offered.includes('comment') && (
        <Box sx={{ mt: 1, mb: 2 }} data-testid="annual-comment-form">
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
            <TextField
              select
              name="section"
              label={translate(`${M}.section`)}
              value={section}
              onChange={(e) => setSection(e.target.value)}
              sx={{ minWidth: 260 }}
            >
              {COMMENT_SECTIONS.map((s) => (
                <MenuItem key={s} value={s}>
                  {translate(`${M}.sections.${s}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              name="comment"
              label={translate(`${M}.comment_text`)}
              value={text}
              onChange={(e) => setText(e.target.value)}
              multiline
              fullWidth
            />
          </Stack>
          <MuiButton
            sx={{ mt: 1 }}
            variant="outlined"
            disabled={busy || !text.trim()}
            onClick={async () => {
              if (await run('comments', { section, text }, `${M}.add_comment`)) setText('');
            }}
          >
            {translate(`${M}.add_comment`)}
          </MuiButton>
        </Box>
      )}
      {reviews && reviews.required > 0 && (
        <Box sx={{ mt: 1 }} data-testid="annual-approvals">
          <Typography variant="subtitle2">
            {translate(`${M}.approvals`, {
              version: reviews.versionNo,
              approved: reviews.approved,
              required: reviews.required,
            })}
          </Typography>
          <MuiList dense>
            {reviews.members.map((m) => (
              <ListItem
                key={m.id}
                disableGutters
                data-testid="annual-approval"
                data-approved={m.approvedAt ? 'yes' : 'no'}
              >
                <ListItemText
                  primary={m.name}
                  secondary={
                    m.approvedAt ? (
                      <>
                        {translate(`${M}.approved_at`)} <When value={m.approvedAt} />
                      </>
                    ) : (
                      translate(`${M}.not_yet`)
                    )
                  }
                />
              </ListItem>
            ))}
          </MuiList>
        </Box>
      )}
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, mt: 1 }}>
        <Step action="review_approve" color="success" offered={offered} run={run} busy={busy} record={record} />
        <Step
          action="review_return"
          note="note"
          testId="review-return"
          offered={offered}
          run={run}
          busy={busy}
          record={record}
        />
      </Stack>
      {alert}
    </Panel>
  );
};

/** The versions submitted and the sections changed between the last two (or the working draft against the last). */
const Versions = ({ record }: { record: AnnualReport }) => {
  const translate = useTranslate();
  const versions = record.versions ?? [];
  const diff = record.diff;
  return (
    <Panel title={`${M}.versions`} testId="annual-versions">
      {versions.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate(`${M}.no_versions`)}
        </Typography>
      ) : (
        <MuiList dense>
          {versions.map((v) => (
            <ListItem key={v.versionNo} disableGutters>
              <ListItemText
                primary={translate(`${M}.version`, { version: v.versionNo })}
                secondary={<When value={v.submittedAt} />}
              />
            </ListItem>
          ))}
        </MuiList>
      )}
      {diff && (
        <Box data-testid="annual-diff">
          <Typography variant="subtitle2">
            {translate(`${M}.changed`, { from: diff.fromVersion, to: diff.toVersion ?? translate(`${M}.working`) })}
          </Typography>
          {diff.changed.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate(`${M}.no_changes`)}
            </Typography>
          ) : (
            diff.changed.map((c) => (
              <Box key={c.section} sx={{ mb: 1 }}>
                <Chip size="small" label={translate(`${M}.sections.${c.section}`)} sx={{ mb: 0.5 }} />
                <Typography
                  variant="body2"
                  color="error.main"
                  sx={{ textDecoration: 'line-through', whiteSpace: 'pre-wrap' }}
                >
                  {c.from}
                </Typography>
                <Typography variant="body2" color="success.main" sx={{ whiteSpace: 'pre-wrap' }}>
                  {c.to}
                </Typography>
              </Box>
            ))
          )}
        </Box>
      )}
    </Panel>
  );
};

const Layout = () => {
  const record = useRecordContext<AnnualReport>();
  const translate = useTranslate();
  if (!record) return null;
  const docs = [record.reportDocument, record.beritaAcaraDocument].filter((d) => !!d);
  const final = record.status === 'ratified' || record.status === 'published';
  return (
    <Box sx={{ mt: 1 }}>
      <RecordHeader
        overline="resources.annual-reports.name"
        title={translate(`${M}.title`, { year: record.year })}
        titleTestId="annual-title"
        titleSx={{}}
        chips={
          <>
            <AnnualStatusChip status={record.status} />
            <Chip size="small" variant="outlined" label={translate(`${M}.version`, { version: record.versionNo })} />
            {(record.editionNo ?? 1) > 1 && (
              <Chip
                size="small"
                color="secondary"
                variant="outlined"
                label={translate(`${M}.edition`, { edition: record.editionNo })}
                data-testid="annual-edition-chip"
              />
            )}
            <DueChip record={record} />
          </>
        }
        actions={<WorkflowActions record={record} />}
      >
        <Box sx={{ mt: 1 }}>
          {record.due && (record.due.warning || record.due.overdue) && (
            <Alert severity={record.due.overdue ? 'error' : 'warning'} sx={{ mb: 1 }} data-testid="annual-due-warning">
              {record.due.overdue
                ? translate(`${M}.due_overdue`, { days: -record.due.daysLeft })
                : translate(`${M}.due_warning`)}
            </Alert>
          )}
          <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, mb: 1 }}>
            <DownloadButton
              path={`annual-reports/${record.id}/report.pdf`}
              fileName={`laporan-tahunan-${record.year}.pdf`}
              label={final ? `${M}.pdf` : `${M}.preview`}
              variant="outlined"
            />
            {record.beritaAcaraDocument && (
              <DownloadButton
                path={`annual-reports/${record.id}/berita-acara.pdf`}
                fileName={`berita-acara-pleno-${record.year}.pdf`}
                label={`${M}.berita_acara`}
                variant="outlined"
              />
            )}
          </Stack>
          {docs.length > 0 && (
            <Box data-testid="annual-documents" sx={{ mb: 1 }}>
              <DocumentLinks docs={docs} />
            </Box>
          )}
          {record.returnNote?.by === 'revision' && record.status === 'draft' && (
            <NoteAlert
              note={record.returnNote}
              message={`${M}.revision_note`}
              severity="info"
              testId="annual-revision-note"
            />
          )}
          {record.returnNote && record.status === 'returned' && (
            <NoteAlert
              note={record.returnNote}
              message={`${M}.return_note`}
              severity="warning"
              testId="annual-return-note"
            />
          )}
        </Box>
      </RecordHeader>
      <Figures record={record} />
      <Narrative key={`${record.id}-${record.versionNo}-${record.status}`} record={record} />
      <Review record={record} />
      <Versions record={record} />
      <Pleno record={record} />
      <Editions record={record} />
    </Box>
  );
};

/** One year's annual report: statistics, narrative, the Atasan PPID's examination, the Tim Pertimbangan review, the plenary meeting and publication. */
const AnnualReportShow = () => (
  <Show actions={false} component="div">
    <Layout />
  </Show>
);

export default AnnualReportShow;
