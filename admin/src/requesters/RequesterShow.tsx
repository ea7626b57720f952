import { Grid } from '@mui/material';
import {
  EmailField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  useLocaleState,
  useRecordContext,
} from 'react-admin';
import { formatDate } from '../common/dates';
import { AttachmentList, FileUpload } from '../common/FileUpload';
import { Panel } from '../common/Panel';
import { useCan } from '../common/useCan';
import { EditActions, SectionHeading } from '../common/SectionHeading';
import { REQUESTER_FILE_KINDS } from '../common/choices';
import { OfficeDateTimeField } from '../common/fields';
import type { Requester } from '../api/types';
import { RequestSimpleList } from '../requests/fields';
import { RequesterTypeChip } from './RequesterList';
import { VersionHistory } from './VersionHistory';

const Identity = () => {
  const record = useRecordContext<Requester>();
  if (!record) return null;
  return (
    <SimpleShowLayout>
      <TextField source="name" />
      <RequesterTypeChip source="type" />
      {record.nik && <TextField source="nik" sx={{ fontFamily: 'monospace' }} />}
      {record.representativeName && <TextField source="representativeName" />}
      {record.deedNumber && <TextField source="deedNumber" />}
      {record.ratificationNumber && <TextField source="ratificationNumber" />}
      {record.powerOfAttorney && <TextField source="powerOfAttorney" />}
      <TextField source="address" />
      <TextField source="phone" emptyText="—" />
      <EmailField source="email" emptyText="—" />
      <TextField source="occupation" emptyText="—" />
      <OfficeDateTimeField source="createdAt" />
      <OfficeDateTimeField source="updatedAt" />
    </SimpleShowLayout>
  );
};

const History = () => {
  const record = useRecordContext<Requester>();
  // a new version after an edit: the history follows the record (its version) without a page reload
  return record ? <VersionHistory requesterId={record.id} reload={record.version ?? 0} /> : null;
};

const Files = () => {
  const record = useRecordContext<Requester>();
  const canUpload = useCan('edit', 'requesters');
  if (!record) return null;
  return (
    <Panel title="lentera.requesters.files" testId="requester-files">
      <AttachmentList files={record.files} kindPrefix="lentera.requesters.kinds" />
      {canUpload && (
        <FileUpload
          path={`requesters/${encodeURIComponent(record.id)}/files`}
          kinds={REQUESTER_FILE_KINDS}
          kindPrefix="lentera.requesters.kinds"
          testId="requester-upload"
        />
      )}
    </Panel>
  );
};

/** The requester's requests: number, status and due date, with what was asked under it (fits a phone too). */
const Requests = () => {
  const canAccess = useCan('list', 'requests');
  const [locale] = useLocaleState();
  if (!canAccess) return null;
  return (
    <Panel title="lentera.requesters.requests" testId="requester-requests">
      <ReferenceManyField
        reference="requests"
        target="requesterId"
        sort={{ field: 'receivedAt', order: 'DESC' }}
        perPage={10}
      >
        <RequestSimpleList detail={(r) => `${formatDate(r.receivedDate, locale)} — ${r.informationRequested}`} />
      </ReferenceManyField>
    </Panel>
  );
};

export const RequesterShow = () => (
  <Show actions={<EditActions />}>
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 5 }}>
        <SectionHeading text="lentera.requesters.sections.identity" />
        <Identity />
      </Grid>
      <Grid size={{ xs: 12, md: 7 }} sx={{ p: 2 }}>
        <History />
        <Files />
        <Requests />
      </Grid>
    </Grid>
  </Show>
);
