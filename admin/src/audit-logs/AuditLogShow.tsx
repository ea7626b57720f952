import { Grid } from '@mui/material';
import { Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { OfficeDateTimeField } from '../common/fields';
import { ActionChip, EntityTypeField, IpField } from './AuditLogList';
import { ChangesTable } from './ChangesTable';

export const AuditLogShow = () => (
  <Show actions={<TopToolbar />}>
    <Grid container>
      <Grid size={{ xs: 12, md: 4 }}>
        <SimpleShowLayout>
          <OfficeDateTimeField source="at" />
          <TextField source="username" emptyText="—" />
          <TextField source="userId" emptyText="—" />
          <ActionChip source="action" />
          <EntityTypeField source="entityType" />
          <TextField source="entityId" emptyText="—" />
          <IpField source="ip" />
        </SimpleShowLayout>
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <SimpleShowLayout>
          <ChangesTable source="changes" />
        </SimpleShowLayout>
      </Grid>
    </Grid>
  </Show>
);
