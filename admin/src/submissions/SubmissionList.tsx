import { Typography } from '@mui/material';
import { DataTable, List, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { NumberText, useOfficeDateTime } from '../common/fields';
import { TruncatedText } from '../requests/fields';
import type { Submission } from '../api/types';
import { submissionStatusChoices } from './fields';
import { ExportListActions } from '../common/ExportMenu';
import { exportSpec } from '../common/exporter';
import { CardLine, ResponsiveDataTable, type ListCard } from '../common/ResponsiveDataTable';

const filters = [<SelectInput key="status" source="status" choices={submissionStatusChoices} alwaysOn />];

const SubmittedCell = () => {
  const record = useRecordContext<Submission>();
  const dateTime = useOfficeDateTime();
  if (!record?.submittedAt) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {dateTime(record.submittedAt)}
    </Typography>
  );
};

const CodeCell = () => {
  const record = useRecordContext<Submission>();
  return <NumberText>{record?.trackingCode ?? '—'}</NumberText>;
};

const NameCell = () => {
  const record = useRecordContext<Submission>();
  return <>{String(record?.requesterData?.name ?? '—')}</>;
};

const TypeCell = () => {
  const record = useRecordContext<Submission>();
  const translate = useTranslate();
  const type = record?.requesterData?.type;
  return type ? <>{translate(`lentera.requesters.types.${type}`, { _: String(type) })}</> : null;
};

const InformationCell = () => {
  const record = useRecordContext<Submission>();
  return <TruncatedText text={record?.informationRequested} maxWidth={360} />;
};

/** The submissions' export: the identity as the list shows it (name and type; the NIK stays on the page). */
export const submissionExport = exportSpec<Submission>({
  file: 'permohonan-daring',
  columns: [
    { header: 'resources.submissions.fields.submittedAt', value: (s, t) => t.dateTime(s.submittedAt) },
    { header: 'resources.submissions.fields.trackingCode', value: (s) => s.trackingCode },
    { header: 'resources.submissions.fields.requesterData.name', value: (s) => String(s.requesterData?.name ?? '') },
    {
      header: 'resources.submissions.fields.requesterData.type',
      value: (s, t) => t.label('lentera.requesters.types', s.requesterData?.type),
    },
    { header: 'resources.submissions.fields.informationRequested', value: (s) => s.informationRequested },
    {
      header: 'resources.submissions.fields.status',
      value: (s, t) => t.label('lentera.submissions.statuses', s.status),
    },
  ],
});

const Column = DataTable.Col<Submission>;

/** On a phone: the tracking code and when it came, the requester and what is asked under it. */
const CARD: ListCard<Submission> = {
  primaryText: () => <CodeCell />,
  tertiaryText: () => <SubmittedCell />,
  secondaryText: (r) => (
    <>
      <CardLine strong>
        <NameCell /> · <TypeCell />
      </CardLine>
      <CardLine lines={2}>{r.informationRequested}</CardLine>
    </>
  ),
};

/** Permohonan daring: the public web form's submissions waiting for the desk, oldest first. */
export const SubmissionList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ status: 'pending' }}
    sort={{ field: 'submittedAt', order: 'ASC' }}
    perPage={25}
    actions={<ExportListActions spec={submissionExport} />}
  >
    <ResponsiveDataTable card={CARD} rowClick="show" bulkActionButtons={false}>
      <Column source="submittedAt">
        <SubmittedCell />
      </Column>
      <Column source="trackingCode" disableSort>
        <CodeCell />
      </Column>
      <Column source="requesterData.name" label="resources.submissions.fields.requesterData.name" disableSort>
        <NameCell />
      </Column>
      <Column source="requesterData.type" label="resources.submissions.fields.requesterData.type" disableSort>
        <TypeCell />
      </Column>
      <Column source="informationRequested" disableSort>
        <InformationCell />
      </Column>
    </ResponsiveDataTable>
  </List>
);
