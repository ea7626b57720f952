import { Grid } from '@mui/material';
import { EmailField, ReferenceField, Show, TextField, UrlField } from 'react-admin';
import { EditActions, ShowSection } from '../common/SectionHeading';
import { LevelField, OfficeDateTimeField, TimeZoneField } from '../common/fields';
import { DownloadUsersPdfButton } from './DownloadUsersPdfButton';
import { LetterheadPreview } from './Letterhead';
import { SigningCertificateCard } from './SigningCertificateCard';

const OfficeShowActions = () => (
  <EditActions>
    <DownloadUsersPdfButton />
  </EditActions>
);

export const OfficeShow = () => (
  <Show actions={<OfficeShowActions />}>
    <Grid container>
      <Grid size={{ xs: 12, md: 5 }}>
        <ShowSection text="lentera.offices.sections.identity">
          <TextField source="code" />
          <TextField source="name" />
          <LevelField source="level" />
          <ReferenceField source="parentId" reference="offices" link="show" emptyText="lentera.offices.parent_none" />
          <TimeZoneField source="timeZone" />
        </ShowSection>
        <ShowSection text="lentera.offices.sections.contact">
          <TextField source="address" emptyText="—" />
          <TextField source="city" emptyText="—" />
          <TextField source="postalCode" emptyText="—" />
          <TextField source="phone" emptyText="—" />
          <EmailField source="email" emptyText="—" />
          <UrlField source="website" emptyText="—" target="_blank" rel="noopener noreferrer" />
          <OfficeDateTimeField source="updatedAt" />
        </ShowSection>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <LetterheadPreview />
        <SigningCertificateCard />
      </Grid>
    </Grid>
  </Show>
);
