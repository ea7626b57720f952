import { Alert, Box, Divider, Link, Typography } from '@mui/material';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  LocalesMenuButton,
  Login,
  LoginForm,
  LoginFormClasses,
  PasswordInput,
  TextInput,
  required,
  useLogin,
  useNotify,
  useTranslate,
} from 'react-admin';
import { dismissQuickSignIn, quickTyped } from './quickSignIn';
import { sessionExpired } from '../session';
import { MAROON } from '../theme';
import { LenteraLogo } from './LenteraLogo';

export const LoginPage = () => {
  const translate = useTranslate();
  const expired = sessionExpired();
  // what was typed into index.html's quick sign-in page before this code arrived carries on here
  const [typed] = useState(quickTyped);
  useLayoutEffect(dismissQuickSignIn, []);
  // sent on the quick page while the console was taking over: send it now rather than lose the click
  const login = useLogin();
  const notify = useNotify();
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    if (typed?.submitted && typed.username && typed.password)
      login({ username: typed.username, password: typed.password }).catch((e: Error) =>
        notify(e?.message || 'ra.auth.sign_in_error', { type: 'error' }),
      );
  }, [typed, login, notify]);
  return (
    <Login
      avatarIcon={<LenteraLogo sx={{ color: '#f4c542' }} />}
      sx={{
        background: `linear-gradient(160deg, ${MAROON} 0%, #3d0d0d 100%)`,
        '& .RaLogin-card': { width: 380, maxWidth: 'calc(100vw - 32px)', borderTop: '4px solid #c9a227' },
        '& .RaLogin-avatar .MuiAvatar-root': { bgcolor: MAROON, width: 52, height: 52 },
      }}
    >
      <Box sx={{ textAlign: 'center', px: 3 }}>
        <Typography variant="h5" component="h1" sx={{ color: MAROON }}>
          {translate('lentera.app.name')}
        </Typography>
        <Typography variant="subtitle1" color="text.secondary">
          {translate('lentera.app.tagline')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
          {translate('lentera.auth.sign_in_intro')}
        </Typography>
      </Box>
      {expired && (
        <Alert severity="info" sx={{ mx: 3, mt: 2 }}>
          {translate('lentera.auth.session_expired')}
        </Alert>
      )}
      <LoginForm sx={{ [`& .${LoginFormClasses.content}`]: { width: 'auto', px: 3 } }}>
        <TextInput
          autoFocus={typed?.focus !== 'password'}
          source="username"
          label={translate('ra.auth.username')}
          autoComplete="username"
          validate={required()}
          defaultValue={typed?.username || undefined}
        />
        <PasswordInput
          autoFocus={typed?.focus === 'password'}
          source="password"
          label={translate('ra.auth.password')}
          autoComplete="current-password"
          validate={required()}
          defaultValue={typed?.password || undefined}
        />
      </LoginForm>
      <Box
        sx={{ display: 'flex', justifyContent: 'center', flexWrap: 'wrap', gap: 2, px: 3, pb: 1.5 }}
        data-testid="public-links"
      >
        <Link href="/permohonan-informasi" variant="body2" underline="hover">
          {translate('lentera.auth.public_request')}
        </Link>
        <Link href="/lacak" variant="body2" underline="hover">
          {translate('lentera.auth.public_track')}
        </Link>
      </Box>
      <Divider />
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 0.5, px: 3, py: 1.5 }}>
        <LocalesMenuButton />
        <Typography variant="caption" color="text.secondary" sx={{ textAlign: 'center' }}>
          {translate('lentera.app.legal_basis')}
        </Typography>
      </Box>
    </Login>
  );
};
