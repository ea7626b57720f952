import HistoryIcon from '@mui/icons-material/History';
import { Grid } from '@mui/material';
import {
  BooleanField,
  Button,
  EmailField,
  ReferenceField,
  Show,
  TextField,
  useCreatePath,
  useRecordContext,
} from 'react-admin';
import { EditActions, ShowSection } from '../common/SectionHeading';
import { useCan } from '../common/useCan';
import { OfficeDateTimeField, RoleChips } from '../common/fields';
import type { User } from '../api/types';

const AuditTrailButton = () => {
  const record = useRecordContext<User>();
  const createPath = useCreatePath();
  const canAccess = useCan('list', 'audit-logs');
  if (!record || !canAccess) return null;
  const filter = encodeURIComponent(JSON.stringify({ userId: record.id }));
  return (
    <Button
      to={{ pathname: createPath({ resource: 'audit-logs', type: 'list' }), search: `?filter=${filter}` }}
      label="lentera.users.audit_trail"
    >
      <HistoryIcon />
    </Button>
  );
};

const UserShowActions = () => (
  <EditActions>
    <AuditTrailButton />
  </EditActions>
);

export const UserShow = () => (
  <Show actions={<UserShowActions />}>
    <Grid container>
      <Grid size={{ xs: 12, md: 6 }}>
        <ShowSection text="lentera.users.sections.identity">
          <TextField source="username" />
          <TextField source="fullName" />
          <TextField source="nip" emptyText="—" />
          <TextField source="position" emptyText="—" />
          <EmailField source="email" emptyText="—" />
          <TextField source="office.name" label="resources.users.fields.office" />
        </ShowSection>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ShowSection text="lentera.users.sections.access">
          <RoleChips source="roles" />
          <ReferenceField source="unitId" reference="units" link={false} emptyText="—">
            <TextField source="name" />
          </ReferenceField>
          <BooleanField source="active" />
          <BooleanField source="dailyDigest" />
          <OfficeDateTimeField source="lastLoginAt" emptyText="lentera.users.never" />
          <OfficeDateTimeField source="createdAt" />
          <OfficeDateTimeField source="updatedAt" />
        </ShowSection>
      </Grid>
    </Grid>
  </Show>
);
