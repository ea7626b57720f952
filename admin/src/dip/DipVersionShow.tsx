import AddCircleOutlineIcon from '@mui/icons-material/AddCircleOutlineOutlined';
import EditNoteIcon from '@mui/icons-material/EditNote';
import PublicIcon from '@mui/icons-material/Public';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import {
  Alert,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Chip,
  Divider,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Fragment, useState, type ReactNode } from 'react';
import { Link, useCreatePath, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { canPublishDipVersion } from '../access';
import { useRecordAction } from '../common/mutations';
import { RecordShow } from '../common/RecordShow';
import { formatDate } from '../common/dates';
import { formatInZone } from '../common/datetime';
import { useOfficeTimeZone } from '../common/fields';
import { Panel } from '../common/Panel';
import { useSmall } from '../common/useSmall';
import { ConfirmAct } from '../common/ActionDialog';
import { CategoryChip, useDipActor } from './fields';
import { diffValueText, groupByCategory } from './logic';
import type { DipSnapshotEntry, DipVersion, DipVersionDiff } from './types';

const entryField = (name: string) => `resources.dip-entries.fields.${name}`;

/** A link to the entry behind a snapshot row (the entry may have changed since: the row shows the version's text). */
const EntryLink = ({ entryId, children }: { entryId: number | string; children: ReactNode }) => {
  const createPath = useCreatePath();
  return <Link to={createPath({ resource: 'dip-entries', id: entryId, type: 'show' })}>{children}</Link>;
};

const PublishButton = ({ record }: { record: DipVersion }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { permissions, actor } = useDipActor();
  const [open, setOpen] = useState(false);
  const { mutate, isPending: busy } = useRecordAction('dip-versions', record.id, {
    done: () => ({ message: 'lentera.dip.versions.published', args: { version: record.versionNo } }),
  });
  if (!canPublishDipVersion(permissions, actor, record)) return null;
  const publish = () =>
    mutate(
      { action: 'publish' },
      {
        // 409: published meanwhile (by another tab or colleague).
        onError: (error) => notify(error.message, { type: 'error' }),
        onSettled: () => setOpen(false),
      },
    );
  return (
    <>
      <MuiButton
        variant="contained"
        startIcon={<PublicIcon />}
        onClick={() => setOpen(true)}
        disabled={busy}
        data-testid="dip-publish"
      >
        {translate('lentera.dip.versions.publish')}
      </MuiButton>
      <ConfirmAct
        open={open}
        busy={busy}
        icon={<PublicIcon />}
        testId="dip-publish-dialog"
        act={{
          title: translate('lentera.dip.versions.publish_title', { version: record.versionNo }),
          text: translate('lentera.dip.versions.publish_content', {
            version: record.versionNo,
            decree: record.decreeNumber ?? '—',
          }),
          verb: translate('lentera.dip.versions.publish'),
        }}
        onConfirm={publish}
        onCancel={() => setOpen(false)}
      />
    </>
  );
};

const Header = ({ record }: { record: DipVersion }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const timeZone = useOfficeTimeZone();
  const createPath = useCreatePath();
  return (
    <Card sx={{ mb: 2, borderTop: '4px solid', borderTopColor: 'primary.main' }} data-testid="dip-version-header">
      <CardContent>
        <Box
          sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'space-between' }}
        >
          <Box sx={{ flex: '1 1 280px', minWidth: 0, overflowWrap: 'anywhere' }}>
            <Typography variant="overline" color="text.secondary">
              {translate('lentera.dip.title')}
            </Typography>
            <Typography
              variant="h4"
              component="h1"
              sx={{ fontWeight: 700, lineHeight: 1.2 }}
              data-testid="dip-version-heading"
            >
              {translate('lentera.dip.versions.heading', { version: record.versionNo })}
            </Typography>
            <Typography variant="h6" sx={{ mt: 0.5 }} data-testid="dip-version-decree">
              {translate('lentera.dip.versions.decree', {
                number: record.decreeNumber,
                date: formatDate(record.decreeDate, locale),
              })}
            </Typography>
            <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, mt: 1, alignItems: 'center' }}>
              {record.publishedAt ? (
                <Chip
                  color="success"
                  icon={<PublicIcon />}
                  label={translate('lentera.dip.versions.published_at', {
                    at: formatInZone(record.publishedAt, timeZone, locale),
                  })}
                  data-testid="dip-version-published"
                />
              ) : (
                <Chip
                  color="warning"
                  variant="outlined"
                  label={translate('lentera.dip.versions.not_published')}
                  data-testid="dip-version-unpublished"
                />
              )}
              <Typography variant="body2" color="text.secondary">
                {translate('lentera.dip.versions.established_at', {
                  at: formatInZone(record.establishedAt, timeZone, locale),
                })}{' '}
                · {translate('lentera.dip.versions.entries_count', { count: record.entryCount })}
              </Typography>
              {record.previousVersionId ? (
                <Link
                  to={createPath({ resource: 'dip-versions', id: record.previousVersionId, type: 'show' })}
                  variant="body2"
                >
                  {translate('lentera.dip.versions.previous')}
                </Link>
              ) : null}
            </Stack>
          </Box>
          <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
            <PublishButton record={record} />
          </Stack>
        </Box>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
          {translate('lentera.dip.versions.immutable')}
        </Typography>
      </CardContent>
    </Card>
  );
};

const DiffSection = ({
  title,
  color,
  icon,
  children,
  testId,
}: {
  title: string;
  color: 'success' | 'error' | 'warning';
  icon: ReactNode;
  children: ReactNode;
  testId: string;
}) => (
  <Box sx={{ mb: 2, borderLeft: '4px solid', borderLeftColor: `${color}.main`, pl: 2 }} data-testid={testId}>
    <Typography
      variant="subtitle2"
      sx={{ color: `${color}.dark`, display: 'flex', alignItems: 'center', gap: 0.5, mb: 0.5 }}
    >
      {icon}
      {title}
    </Typography>
    {children}
  </Box>
);

const DiffEntryLine = ({ entry, removed }: { entry: DipSnapshotEntry; removed?: boolean }) => (
  <Box component="li" sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.25 }}>
    <CategoryChip category={entry.category} />
    <Typography
      variant="body2"
      sx={
        removed ? { textDecoration: 'line-through', color: 'error.dark' } : { color: 'success.dark', fontWeight: 600 }
      }
    >
      <EntryLink entryId={entry.entryId}>{entry.title}</EntryLink>
    </Typography>
  </Box>
);

/** The entries a decree added (green) or removed (red, struck through), one a line; nothing when there are none. */
const EntriesSection = ({ entries, kind }: { entries: DipSnapshotEntry[]; kind: 'added' | 'removed' }) => {
  const translate = useTranslate();
  if (!entries.length) return null;
  const removed = kind === 'removed';
  return (
    <DiffSection
      title={translate(removed ? 'lentera.dip.diff.removed' : 'lentera.dip.diff.added', { count: entries.length })}
      color={removed ? 'error' : 'success'}
      icon={removed ? <RemoveCircleOutlineIcon fontSize="small" /> : <AddCircleOutlineIcon fontSize="small" />}
      testId={`diff-${kind}`}
    >
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {entries.map((entry) => (
          <DiffEntryLine key={entry.entryId} entry={entry} removed={removed} />
        ))}
      </Box>
    </DiffSection>
  );
};

/** What this decree changed: entries added (green), removed (red), and changed field by field (from → to). */
const DiffPanel = ({ record }: { record: DipVersion }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const diff: DipVersionDiff = record.diff ?? { added: [], removed: [], changed: [] };
  const date = (value: string) => formatDate(value, locale);
  const first = !record.previousVersionId;
  const empty = !diff.added.length && !diff.removed.length && !diff.changed.length;
  return (
    <Panel title="lentera.dip.diff.title" testId="dip-version-diff">
      {first ? (
        <Alert severity="info">{translate('lentera.dip.diff.first')}</Alert>
      ) : empty ? (
        <Typography variant="body2" color="text.secondary">
          {translate('lentera.dip.diff.none')}
        </Typography>
      ) : (
        <>
          <EntriesSection entries={diff.added} kind="added" />
          <EntriesSection entries={diff.removed} kind="removed" />
          {diff.changed.length > 0 && (
            <DiffSection
              title={translate('lentera.dip.diff.changed', { count: diff.changed.length })}
              color="warning"
              icon={<EditNoteIcon fontSize="small" />}
              testId="diff-changed"
            >
              {diff.changed.map((change) => (
                <Box key={change.entryId} sx={{ mb: 1 }} data-testid="diff-changed-entry">
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    <EntryLink entryId={change.entryId}>{change.title}</EntryLink>
                  </Typography>
                  <Box component="ul" sx={{ m: 0, pl: 2 }}>
                    {Object.entries(change.changes).map(([name, { from, to }]) => (
                      <Typography component="li" variant="body2" key={name} sx={{ whiteSpace: 'pre-wrap' }}>
                        <Box component="span" sx={{ color: 'text.secondary' }}>
                          {translate(entryField(name), { _: name })}:
                        </Box>{' '}
                        <Box component="span" sx={{ color: 'error.dark', textDecoration: 'line-through' }}>
                          {diffValueText(name, from, translate, date)}
                        </Box>
                        {' → '}
                        <Box component="span" sx={{ color: 'success.dark', fontWeight: 600 }}>
                          {diffValueText(name, to, translate, date)}
                        </Box>
                      </Typography>
                    ))}
                  </Box>
                </Box>
              ))}
            </DiffSection>
          )}
        </>
      )}
    </Panel>
  );
};

/** The extra column of a category: the exemption for dikecualikan, the last update for berkala. */
const CategoryDetail = ({ entry }: { entry: DipSnapshotEntry }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (entry.category === 'dikecualikan') {
    return (
      <>
        {diffValueText('exemptionBasis', entry.exemptionBasis, translate, (d) => formatDate(d, locale))}
        {entry.exemptUntil ? ` · ${translate(entryField('exemptUntil'))} ${formatDate(entry.exemptUntil, locale)}` : ''}
      </>
    );
  }
  if (entry.category === 'berkala') return <>{entry.lastUpdated ? formatDate(entry.lastUpdated, locale) : '—'}</>;
  return null;
};

/** The list as established, grouped by category in the law's order. */
const SnapshotPanel = ({ record }: { record: DipVersion }) => {
  const translate = useTranslate();
  const groups = groupByCategory(record.snapshot ?? []);
  const small = useSmall();
  return (
    <Panel title="lentera.dip.versions.snapshot" testId="dip-snapshot">
      {groups.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('lentera.dip.versions.snapshot_empty')}
        </Typography>
      )}
      {groups.map(({ category, entries }) => {
        const extra =
          category === 'dikecualikan'
            ? 'lentera.dip.versions.exemption'
            : category === 'berkala'
              ? entryField('lastUpdated')
              : null;
        return (
          <Box key={category} sx={{ mb: 3 }} data-testid={`snapshot-${category}`}>
            <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 1 }}>
              <CategoryChip category={category} size="medium" />
              <Typography variant="body2" color="text.secondary">
                {translate('lentera.dip.versions.entries_count', { count: entries.length })}
              </Typography>
            </Stack>
            {small ? (
              // on a phone the law's seven columns would not fit: each entry as a card, the columns as its lines
              <Stack divider={<Divider />} data-testid={`snapshot-${category}-cards`}>
                {entries.map((entry, index) => (
                  <Box key={entry.entryId} sx={{ py: 1, overflowWrap: 'anywhere' }}>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>
                      {index + 1}. <EntryLink entryId={entry.entryId}>{entry.title}</EntryLink>
                    </Typography>
                    {entry.summary && (
                      <Typography variant="caption" color="text.secondary" component="div">
                        {entry.summary}
                      </Typography>
                    )}
                    <Box
                      component="dl"
                      sx={{ m: 0, mt: 0.5, '& dt': { color: 'text.secondary', typography: 'caption' } }}
                    >
                      {(['holder', 'responsible', 'madeWhenWhere', 'formAvailable', 'retention'] as const).map(
                        (name) => (
                          <Fragment key={name}>
                            <dt>{translate(entryField(name))}</dt>
                            <Typography component="dd" variant="body2" sx={{ m: 0, mb: 0.5 }}>
                              {entry[name] || '—'}
                            </Typography>
                          </Fragment>
                        ),
                      )}
                      {extra && (
                        <>
                          <dt>{translate(extra)}</dt>
                          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                            <CategoryDetail entry={entry} />
                          </Typography>
                        </>
                      )}
                    </Box>
                  </Box>
                ))}
              </Stack>
            ) : (
              <TableContainer>
                <Table size="small" sx={{ minWidth: 900, '& td': { verticalAlign: 'top' } }}>
                  <TableHead>
                    <TableRow>
                      <TableCell sx={{ width: 40 }}>{translate('lentera.dip.versions.number')}</TableCell>
                      <TableCell sx={{ width: '30%' }}>{translate(entryField('title'))}</TableCell>
                      <TableCell>{translate(entryField('holder'))}</TableCell>
                      <TableCell>{translate(entryField('responsible'))}</TableCell>
                      <TableCell>{translate(entryField('madeWhenWhere'))}</TableCell>
                      <TableCell>{translate(entryField('formAvailable'))}</TableCell>
                      <TableCell>{translate(entryField('retention'))}</TableCell>
                      {extra && <TableCell>{translate(extra)}</TableCell>}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {entries.map((entry, index) => (
                      <TableRow key={entry.entryId}>
                        <TableCell>{index + 1}</TableCell>
                        <TableCell>
                          <Typography variant="body2" sx={{ fontWeight: 600 }}>
                            <EntryLink entryId={entry.entryId}>{entry.title}</EntryLink>
                          </Typography>
                          {entry.summary && (
                            <Typography variant="caption" color="text.secondary">
                              {entry.summary}
                            </Typography>
                          )}
                        </TableCell>
                        <TableCell>{entry.holder}</TableCell>
                        <TableCell>{entry.responsible}</TableCell>
                        <TableCell>{entry.madeWhenWhere}</TableCell>
                        <TableCell>{entry.formAvailable}</TableCell>
                        <TableCell>{entry.retention}</TableCell>
                        {extra && (
                          <TableCell>
                            <CategoryDetail entry={entry} />
                          </TableCell>
                        )}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            )}
          </Box>
        );
      })}
    </Panel>
  );
};

/** One established version: its decree, whether it is public, what it changed, and the list itself. */
export const DipVersionShow = () => (
  <RecordShow<DipVersion>
    title={(record, translate) => translate('lentera.dip.versions.heading', { version: record.versionNo })}
  >
    {(record) => (
      <Box sx={{ mt: 1 }}>
        <Header record={record} />
        <DiffPanel record={record} />
        <SnapshotPanel record={record} />
      </Box>
    )}
  </RecordShow>
);
