import { Box, Button as MuiButton, Card, CardContent, Divider, Grid, Stack, Typography } from '@mui/material';
import { LinkBase, Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { accessibleResources } from '../access';
import { useScreens } from '../pages';
import type { LenteraIdentity } from '../authProvider';
import { RoleChipList } from '../common/fields';
import { LenteraLogo } from '../layout/LenteraLogo';
import { AnnualOverviewCard } from '../annual-reports/AnnualOverviewCard';
import { DashboardMetrics } from '../metrics/DashboardMetrics';
import { ObjectionQueueCard } from '../objections/ObjectionQueueCard';
import { MAROON } from '../theme';
import { WaitingPanel } from '../notifications/WaitingPanel';
import { QueueCard } from './QueueCard';

const Detail = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Box sx={{ mb: 1.5 }}>
    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
      {label}
    </Typography>
    <Typography variant="body1" component="div">
      {children}
    </Typography>
  </Box>
);

const Shortcuts = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const screens = useScreens(accessibleResources(permissions));
  if (screens.length === 0) return null;
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1 }}>
      {screens.map(({ name, to, icon: Icon }) => (
        <MuiButton key={name} component={LinkBase} to={to} variant="outlined" startIcon={Icon ? <Icon /> : undefined}>
          {translate(`resources.${name}.name`, { smart_count: 2 })}
        </MuiButton>
      ))}
    </Stack>
  );
};

/** The welcome card; the service charts of later issues come here, loaded lazily like this page. */
const Dashboard = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  const me = identity as LenteraIdentity | undefined;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="ra.page.dashboard" />
      <WaitingPanel />
      <QueueCard />
      <ObjectionQueueCard />
      <DashboardMetrics />
      <AnnualOverviewCard />
      <Card>
        <Box
          sx={{
            display: 'flex',
            alignItems: 'center',
            gap: 2,
            px: 3,
            py: 2.5,
            color: '#fff',
            background: `linear-gradient(110deg, ${MAROON} 0%, #4a0f0f 100%)`,
            borderBottom: '3px solid #c9a227',
          }}
        >
          <LenteraLogo sx={{ fontSize: 44, color: '#f4c542' }} />
          <Box>
            <Typography variant="h5" component="h1">
              {isPending ? '…' : translate('lentera.dashboard.welcome', { name: me?.fullName ?? '' })}
            </Typography>
            <Typography variant="body2" sx={{ opacity: 0.9 }}>
              {translate('lentera.app.full_title')}
            </Typography>
          </Box>
        </Box>
        <CardContent sx={{ px: 3 }}>
          <Typography variant="body1" color="text.secondary" sx={{ mb: 2, maxWidth: 760 }}>
            {translate('lentera.dashboard.intro')}
          </Typography>
          {me && (
            <Grid container spacing={3}>
              <Grid size={{ xs: 12, md: 6 }}>
                <Detail label={translate('lentera.dashboard.office')}>
                  {me.office.name}
                  <Typography variant="body2" color="text.secondary" component="div">
                    {translate(`lentera.levels.${me.office.level}`, { _: me.office.level })} · {me.office.code}
                  </Typography>
                </Detail>
                {me.position && <Detail label={translate('lentera.dashboard.position')}>{me.position}</Detail>}
                <Detail label={translate('lentera.dashboard.time_zone')}>
                  {translate(`lentera.time_zones.${me.office.timeZone}`, { _: me.office.timeZone })}
                </Detail>
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <Detail label={translate('lentera.dashboard.roles')}>
                  {me.roles.length > 0 ? (
                    <RoleChipList roles={me.roles} />
                  ) : (
                    <Typography color="text.secondary">{translate('lentera.dashboard.no_roles')}</Typography>
                  )}
                </Detail>
              </Grid>
            </Grid>
          )}
          <Divider sx={{ my: 2 }} />
          <Typography variant="overline" color="text.secondary">
            {translate('lentera.dashboard.shortcuts')}
          </Typography>
          <Shortcuts />
        </CardContent>
      </Card>
    </Box>
  );
};

export default Dashboard;
