import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { Box, Typography } from '@mui/material';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import type { LenteraIdentity } from '../authProvider';
import { WaitingBell } from '../notifications/WaitingBell';
import { ProfileMenuItem } from '../profile';
import { LenteraLogo } from './LenteraLogo';

const OfficeName = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const office = (identity as LenteraIdentity | undefined)?.office;
  if (!office) return null;
  return (
    <Box
      title={`${translate(`lentera.levels.${office.level}`, { _: office.level })} · ${office.code}`}
      sx={{ display: { xs: 'none', md: 'flex' }, alignItems: 'center', gap: 1, mx: 2, opacity: 0.95 }}
    >
      <AccountBalanceIcon fontSize="small" />
      <Typography variant="body2" noWrap sx={{ maxWidth: 320, fontWeight: 500 }}>
        {office.name}
      </Typography>
    </Box>
  );
};

export const AppBar = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const userMenuLabel = identity?.fullName
    ? `${translate('ra.auth.user_menu')} — ${identity.fullName}`
    : 'ra.auth.user_menu';
  return (
    <RaAppBar
      color="primary"
      userMenu={
        // the button shows the user's name: its accessible name says it too ("Profil — Ahmad Fauzi, S.Sos.")
        <UserMenu label={userMenuLabel}>
          <ProfileMenuItem />
          <Logout />
        </UserMenu>
      }
      toolbar={
        <>
          <OfficeName />
          <WaitingBell />
          {/* on a phone only the language icon (its name stays the button's accessible name): the page title keeps the room */}
          <Box
            sx={{
              '& .MuiButton-root': { minWidth: { xs: 40, sm: 64 }, fontSize: { xs: 0, sm: '0.8125rem' } },
              '& .MuiButton-root .MuiButton-endIcon': { display: { xs: 'none', sm: 'inherit' } },
              '& .MuiButton-root .MuiButton-startIcon': { mx: { xs: 0, sm: 'initial' } },
              '& .MuiButton-root svg': { fontSize: 24 },
            }}
          >
            <LocalesMenuButton />
          </Box>
          <LoadingIndicator />
        </>
      }
    >
      <Box sx={{ display: { xs: 'none', sm: 'flex' }, alignItems: 'center', gap: 0.75, mr: 2 }}>
        <LenteraLogo sx={{ color: '#f4c542' }} />
        <Typography variant="h6" component="span" sx={{ fontWeight: 600, letterSpacing: 0.3 }}>
          {translate('lentera.app.name')}
        </Typography>
        <Box component="span" sx={{ mx: 1, opacity: 0.5 }}>
          |
        </Box>
      </Box>
      <TitlePortal variant="h6" />
    </RaAppBar>
  );
};
