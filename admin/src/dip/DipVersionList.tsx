import GavelIcon from '@mui/icons-material/Gavel';
import { Alert, Chip, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  DataTable,
  List,
  ReferenceField,
  TextField,
  TextInput,
  TopToolbar,
  maxLength,
  regex,
  required,
  useCreate,
  useGetList,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { canEstablishDip } from '../access';
import { ActionDialog } from '../common/ActionDialog';
import { todayIn } from '../common/dates';
import { OfficeDateTimeField, useOfficeTimeZone } from '../common/fields';
import { DateOnlyField } from '../requests/fields';
import { PublicDownloadButtons, PublicPageButton, useDipActor } from './fields';
import type { DipVersion } from './types';
import { ExportMenu } from '../common/ExportMenu';
import { exportSpec } from '../common/exporter';
import { CardLine, ResponsiveDataTable, type ListCard } from '../common/ResponsiveDataTable';
import { DateInputId } from '../common/DateInputId';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const field = (name: string) => `resources.dip-versions.fields.${name}`;

/** How many of the office's entries a new version would hold, and how many proposals it would leave out (one row each: the total is enough). */
function useEstablishCounts() {
  const { actor } = useDipActor();
  const officeId = actor?.officeId ?? undefined;
  const one = { page: 1, perPage: 1 };
  const { total: classified } = useGetList('dip-entries', {
    filter: { status: 'classified', officeId },
    pagination: one,
  });
  const { total: submitted } = useGetList('dip-entries', {
    filter: { status: 'submitted', officeId },
    pagination: one,
  });
  return { classified, submitted };
}

/** Penetapan DIP: the decree number and date; the server snapshots every classified entry as the next version. */
const EstablishDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const today = todayIn(useOfficeTimeZone());
  const { classified, submitted } = useEstablishCounts();
  const [create] = useCreate<DipVersion>();

  // 400 when nothing is classified yet, or the fields; the message stays in the dialog.
  const submit = async (values: Record<string, unknown>) => {
    const version = (await create(
      'dip-versions',
      { data: { decreeNumber: String(values.decreeNumber ?? '').trim(), decreeDate: String(values.decreeDate ?? '') } },
      { returnPromise: true },
    )) as DipVersion;
    notify('lentera.dip.versions.established', { type: 'success', messageArgs: { version: version.versionNo } });
    redirect('show', 'dip-versions', version.id);
  };

  return (
    <ActionDialog
      title={translate('lentera.dip.versions.establish_title')}
      help={
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('lentera.dip.versions.establish_help', { count: classified ?? '…' })}
          </Typography>
          {!!submitted && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate('lentera.dip.versions.pending_note', { count: submitted })}
            </Alert>
          )}
        </>
      }
      testId="dialog-establish"
      errorTestId="establish-error"
      defaultValues={{ decreeNumber: '', decreeDate: today }}
      saveLabel="lentera.dip.versions.establish"
      saveIcon={<GavelIcon />}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextInput
        source="decreeNumber"
        label={field('decreeNumber')}
        helperText="lentera.dip.versions.decree_number_hint"
        validate={[required(), maxLength(100)]}
        autoFocus
      />
      <DateInputId
        source="decreeDate"
        label={field('decreeDate')}
        helperText="lentera.dip.versions.decree_date_hint"
        validate={[required(), regex(DATE)]}
        sx={{ maxWidth: 260 }}
      />
    </ActionDialog>
  );
};

export const EstablishButton = () => {
  const { permissions } = useDipActor();
  const [open, setOpen] = useState(false);
  if (!canEstablishDip(permissions)) return null;
  return (
    <>
      <Button label="lentera.dip.versions.establish" onClick={() => setOpen(true)} variant="contained">
        <GavelIcon />
      </Button>
      {open && <EstablishDialog onClose={() => setOpen(false)} />}
    </>
  );
};

const ListActions = () => (
  <TopToolbar>
    <PublicPageButton />
    <PublicDownloadButtons />
    <EstablishButton />
    <ExportMenu spec={dipVersionExport} />
  </TopToolbar>
);

const VersionNoCell = () => {
  const record = useRecordContext<DipVersion>();
  return record ? (
    <Typography component="span" variant="body2" sx={{ fontWeight: 700 }}>
      {record.versionNo}
    </Typography>
  ) : null;
};

const DecreeCell = () => {
  const record = useRecordContext<DipVersion>();
  return record ? (
    <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
      {record.decreeNumber}
    </Typography>
  ) : null;
};

const PublishedCell = () => {
  const record = useRecordContext<DipVersion>();
  const translate = useTranslate();
  if (!record) return null;
  return record.publishedAt ? (
    <OfficeDateTimeField source="publishedAt" />
  ) : (
    <Chip
      size="small"
      variant="outlined"
      color="warning"
      label={translate('lentera.dip.versions.not_published')}
      data-published="no"
    />
  );
};

export const dipVersionExport = exportSpec<DipVersion>({
  file: 'versi-dip',
  related: [{ source: 'officeId', reference: 'offices' }],
  columns: [
    { header: 'resources.dip-versions.fields.versionNo', value: (v) => v.versionNo },
    { header: 'resources.dip-versions.fields.officeId', value: (v, t) => t.ref('offices', v.officeId, 'name') },
    { header: 'resources.dip-versions.fields.decreeNumber', value: (v) => v.decreeNumber },
    { header: 'resources.dip-versions.fields.decreeDate', value: (v, t) => t.date(v.decreeDate) },
    { header: 'resources.dip-versions.fields.entryCount', value: (v) => v.entryCount },
    { header: 'resources.dip-versions.fields.establishedAt', value: (v, t) => t.dateTime(v.establishedAt) },
    { header: 'resources.dip-versions.fields.publishedAt', value: (v, t) => t.dateTime(v.publishedAt) },
  ],
});

const Column = DataTable.Col<DipVersion>;

/** On a phone: the version and whether it is published, its decree and its entries under it. */
const CARD: ListCard<DipVersion> = {
  primaryText: () => <VersionNoCell />,
  tertiaryText: () => <PublishedCell />,
  secondaryText: (r) => (
    <>
      <CardLine strong>
        <DecreeCell /> · <DateOnlyField source="decreeDate" />
      </CardLine>
      <CardLine>
        {r.entryCount} · <OfficeDateTimeField source="establishedAt" />
      </CardLine>
    </>
  ),
};

/** The office's list as established by decree, newest first; a parent office also sees its children's. */
export const DipVersionList = () => {
  const { officeLevel } = useDipActor();
  return (
    <List sort={{ field: 'versionNo', order: 'DESC' }} perPage={25} actions={<ListActions />}>
      <ResponsiveDataTable card={CARD} rowClick="show" bulkActionButtons={false}>
        <Column source="versionNo">
          <VersionNoCell />
        </Column>
        {officeLevel && officeLevel !== 'regency' ? (
          <Column source="officeId" disableSort>
            <ReferenceField source="officeId" reference="offices" link={false}>
              <TextField source="name" />
            </ReferenceField>
          </Column>
        ) : null}
        <Column source="decreeNumber" disableSort>
          <DecreeCell />
        </Column>
        <Column source="decreeDate" disableSort field={DateOnlyField} />
        <Column source="entryCount" disableSort align="right" />
        <Column source="establishedAt" disableSort field={OfficeDateTimeField} />
        <Column source="publishedAt" disableSort>
          <PublishedCell />
        </Column>
      </ResponsiveDataTable>
    </List>
  );
};
