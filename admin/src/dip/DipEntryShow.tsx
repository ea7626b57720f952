import CategoryIcon from '@mui/icons-material/Category';
import EditIcon from '@mui/icons-material/Edit';
import SendIcon from '@mui/icons-material/Send';
import { Alert, Box, Button as MuiButton, Divider, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  CheckboxGroupInput,
  Confirm,
  FormDataConsumer,
  Link,
  RadioButtonGroupInput,
  ReferenceField,
  TextField,
  required,
  useCreatePath,
  useLocaleState,
  useNotify,
  useTranslate,
} from 'react-admin';
import { TextArea } from '../common/TextArea';
import { canClassifyDip, canEditDipEntry, canSubmitDipEntry } from '../access';
import { ActionDialog } from '../common/ActionDialog';
import { refusalBasisChoices } from '../common/choices';
import { formatDate, todayIn } from '../common/dates';
import { useOfficeDateTime, useOfficeTimeZone } from '../common/fields';
import { Detail, Panel } from '../common/Panel';
import { RecordHeader } from '../common/RecordHeader';
import { Columns, RecordShow, titled } from '../common/RecordShow';
import { useRecordAction } from '../common/mutations';
import { CategoryChip, DipStatusChip, FlagChips, categoryChoices, useDipActor } from './fields';
import { classifyBody, classifyDefaults } from './logic';
import { DIP_FLAGS, type DipEntry } from './types';
import { DateInputId } from '../common/DateInputId';

const field = (name: string) => `resources.dip-entries.fields.${name}`;

/** A part of the consequence test (the harm, the public interest): free text, up to 10,000 characters. */
const LongTextInput = ({ source, hint }: { source: string; hint: string }) => (
  <TextArea source={source} label={field(source)} helperText={hint} minRows={3} max={10000} optional />
);

/** A day of the classification, not before (`min`) or not after (`max`) today in the office's time zone. */
const DayInput = ({
  source,
  hint,
  bound,
}: {
  source: string;
  hint: string;
  bound: { min: string } | { max: string };
}) => <DateInputId source={source} label={field(source)} helperText={hint} {...bound} sx={{ maxWidth: 260 }} />;

const CategoryHint = ({ category }: { category: unknown }) => {
  const translate = useTranslate();
  if (typeof category !== 'string' || !category) return null;
  return (
    <Alert
      severity={category === 'dikecualikan' ? 'warning' : 'info'}
      sx={{ mb: 2 }}
      data-testid="classify-category-hint"
    >
      {translate(`lentera.dip.category_hints.${category}`)}
    </Alert>
  );
};

/**
 * Klasifikasi by the PPID: the category; for dikecualikan the Pasal 17 letters, the consequence test (harm, public
 * interest) and the exemption period; for berkala the date it was last updated. The server decides what is
 * missing: its 400 marks the fields and its message stays in the dialog.
 */
const ClassifyDialog = ({ record, onClose }: { record: DipEntry; onClose: () => void }) => {
  const translate = useTranslate();
  const today = todayIn(useOfficeTimeZone());
  const { mutateAsync } = useRecordAction<DipEntry>('dip-entries', record.id, {
    done: ({ body }, saved) => ({
      message: 'lentera.dip.classify.done',
      args: {
        category: translate(`lentera.dip.categories.${saved.category ?? (body as { category?: string }).category}`),
      },
    }),
  });
  return (
    <ActionDialog
      title={translate('lentera.dip.classify.title', { title: record.title })}
      testId="dialog-classify"
      errorTestId="classify-error"
      maxWidth="md"
      defaultValues={classifyDefaults(record, today)}
      saveLabel="lentera.dip.classify.save"
      saveIcon={<CategoryIcon />}
      onSubmit={(values) => mutateAsync({ action: 'classify', body: classifyBody(values) })}
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('lentera.dip.classify.intro')}
      </Typography>
      <RadioButtonGroupInput
        source="category"
        label={field('category')}
        choices={categoryChoices}
        validate={required()}
        row
      />
      <FormDataConsumer>
        {({ formData }) => (
          <>
            <CategoryHint category={formData.category} />
            {formData.category === 'dikecualikan' && (
              <Box data-testid="classify-exemption">
                <Typography variant="subtitle2" sx={{ mb: 1 }}>
                  {translate('lentera.dip.classify.exemption')}
                </Typography>
                <CheckboxGroupInput
                  source="exemptionBasis"
                  label={field('exemptionBasis')}
                  choices={refusalBasisChoices}
                  row={false}
                  helperText="lentera.dip.classify.basis_hint"
                />
                <LongTextInput source="consequenceHarm" hint="lentera.dip.classify.harm_hint" />
                <LongTextInput source="publicInterest" hint="lentera.dip.classify.interest_hint" />
                <DayInput source="exemptUntil" hint="lentera.dip.classify.exempt_until_hint" bound={{ min: today }} />
              </Box>
            )}
            {formData.category === 'berkala' && (
              <DayInput source="lastUpdated" hint="lentera.dip.classify.last_updated_hint" bound={{ max: today }} />
            )}
          </>
        )}
      </FormDataConsumer>
    </ActionDialog>
  );
};

/** Edit and submit for the unit's own drafts; Klasifikasi for the PPID. */
const EntryActions = ({ record }: { record: DipEntry }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const createPath = useCreatePath();
  const { permissions, actor } = useDipActor();
  const [classifying, setClassifying] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const submit = useRecordAction('dip-entries', record.id, {
    done: () => ({ message: 'lentera.dip.show.submitted' }),
  });
  const busy = submit.isPending;
  const canEdit = canEditDipEntry(permissions, actor, record);
  const canSubmit = canSubmitDipEntry(permissions, actor, record);
  const canClassify = canClassifyDip(permissions, actor, record);
  if (!canEdit && !canSubmit && !canClassify) return null;

  const submitEntry = () =>
    submit.mutate(
      { action: 'submit' },
      {
        onError: (error) => notify(error.message, { type: 'error' }),
        onSettled: () => setConfirming(false),
      },
    );

  return (
    <>
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1 }} data-testid="dip-entry-actions">
        {canClassify && (
          <MuiButton variant="contained" startIcon={<CategoryIcon />} onClick={() => setClassifying(true)}>
            {translate('lentera.dip.classify.action')}
          </MuiButton>
        )}
        {canSubmit && (
          <MuiButton
            variant={canClassify ? 'outlined' : 'contained'}
            startIcon={<SendIcon />}
            onClick={() => setConfirming(true)}
            disabled={busy}
          >
            {translate('lentera.dip.show.submit')}
          </MuiButton>
        )}
        {canEdit && (
          <MuiButton
            variant="outlined"
            startIcon={<EditIcon />}
            component={Link}
            to={createPath({ resource: 'dip-entries', id: record.id, type: 'edit' })}
          >
            {translate('ra.action.edit')}
          </MuiButton>
        )}
      </Stack>
      {classifying && <ClassifyDialog record={record} onClose={() => setClassifying(false)} />}
      <Confirm
        isOpen={confirming}
        loading={busy}
        title="lentera.dip.show.submit_title"
        content="lentera.dip.show.submit_content"
        confirm="lentera.dip.show.submit"
        onConfirm={submitEntry}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};

const Header = ({ record }: { record: DipEntry }) => {
  const translate = useTranslate();
  return (
    <RecordHeader
      overline="resources.dip-entries.name"
      title={record.title}
      titleTestId="dip-entry-title"
      titleVariant="h5"
      titleSx={{ fontWeight: 600 }}
      chipsTestId="dip-entry-chips"
      chips={
        <>
          <DipStatusChip status={record.status} size="medium" />
          <CategoryChip category={record.category} size="medium" />
          <FlagChips flags={record.flags} size="medium" />
          {record.unitId !== null && (
            <Typography variant="body2" color="text.secondary" component="span">
              <ReferenceField source="unitId" reference="units" link={false}>
                <TextField source="name" />
              </ReferenceField>
            </Typography>
          )}
        </>
      }
      actions={<EntryActions record={record} />}
    >
      {DIP_FLAGS.filter((flag) => record.flags?.[flag]).map((flag) => (
        <Alert key={flag} severity={flag === 'declassify' ? 'error' : 'warning'} sx={{ mt: 2 }}>
          {translate(`lentera.dip.flag_hints.${flag}`)}
        </Alert>
      ))}
    </RecordHeader>
  );
};

const DetailsPanel = ({ record }: { record: DipEntry }) => {
  const dateTime = useOfficeDateTime();
  return (
    <Panel title="lentera.dip.show.details" testId="dip-entry-details">
      <Detail label={field('title')}>{record.title}</Detail>
      <Detail label={field('summary')}>{record.summary || '—'}</Detail>
      <Detail label={field('holder')}>{record.holder}</Detail>
      <Detail label={field('responsible')}>{record.responsible}</Detail>
      <Detail label={field('madeWhenWhere')}>{record.madeWhenWhere}</Detail>
      <Detail label={field('formAvailable')}>{record.formAvailable}</Detail>
      <Detail label={field('retention')}>{record.retention}</Detail>
      <Divider sx={{ my: 1 }} />
      <Detail label={field('createdAt')}>{dateTime(record.createdAt)}</Detail>
      <Detail label={field('updatedAt')}>{dateTime(record.updatedAt)}</Detail>
    </Panel>
  );
};

const ClassificationPanel = ({ record }: { record: DipEntry }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const pending =
    record.status === 'draft'
      ? 'lentera.dip.show.draft_note'
      : record.status === 'submitted'
        ? 'lentera.dip.show.waiting'
        : null;
  return (
    <Panel title="lentera.dip.show.classification" testId="dip-entry-classification">
      {!record.category ? (
        <Typography variant="body2" color="text.secondary">
          {translate(pending ?? 'lentera.dip.show.not_classified')}
        </Typography>
      ) : (
        <>
          <Detail label={field('category')}>
            <CategoryChip category={record.category} />
            <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
              {translate(`lentera.dip.category_hints.${record.category}`)}
            </Typography>
          </Detail>
          {record.category === 'dikecualikan' && (
            <>
              <Detail label={field('exemptionBasis')}>
                <Box data-testid="dip-exemption-basis">
                  {record.exemptionBasis?.length
                    ? record.exemptionBasis
                        .map((letter) => translate(`lentera.requests.pasal17.${letter}`, { _: letter }))
                        .join('\n')
                    : '—'}
                </Box>
              </Detail>
              <Typography variant="subtitle2" sx={{ mt: 1, mb: 1 }}>
                {translate('lentera.dip.show.consequence_test')}
              </Typography>
              <Detail label={field('consequenceHarm')}>{record.consequenceHarm || '—'}</Detail>
              <Detail label={field('publicInterest')}>{record.publicInterest || '—'}</Detail>
              <Detail label={field('exemptUntil')}>
                {record.exemptUntil ? formatDate(record.exemptUntil, locale) : '—'}
              </Detail>
            </>
          )}
          {record.category === 'berkala' && (
            <Detail label={field('lastUpdated')}>
              {record.lastUpdated ? formatDate(record.lastUpdated, locale) : '—'}
            </Detail>
          )}
        </>
      )}
      {record.status !== 'classified' && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {translate('lentera.dip.show.not_in_list')}
        </Alert>
      )}
    </Panel>
  );
};

/** One entry: its SOP 3 fields, the PPID's classification and consequence test, and what needs doing. */
export const DipEntryShow = () => (
  <RecordShow<DipEntry> title={titled('dip-entries', (record) => record.title, ': ')}>
    {(record) => (
      <Columns
        header={<Header record={record} />}
        split={6}
        left={<DetailsPanel record={record} />}
        right={<ClassificationPanel record={record} />}
      />
    )}
  </RecordShow>
);
