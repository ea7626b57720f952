import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Loading, Title, useNotify, useTranslate } from 'react-admin';
import type { Me } from '../api/types';
import { useApi, useApiMutation } from '../common/mutations';
import { changeOwnPassword } from '../session';

type PasswordField = 'currentPassword' | 'newPassword' | 'repeat';

/** Changing one's own password: the current one, the new one twice; the server's reasons shown under their field. */
const PasswordCard = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const empty = { currentPassword: '', newPassword: '', repeat: '' };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Partial<Record<PasswordField, string>>>({});
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (values.newPassword !== values.repeat) {
      setErrors({ repeat: translate('lentera.profile.password_mismatch') });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await changeOwnPassword(values.currentPassword, values.newPassword);
      setValues(empty);
      notify('lentera.profile.password_changed', { type: 'success' });
    } catch (e) {
      const err = e as { message?: string; body?: { errors?: Record<string, string> } };
      const fields = err.body?.errors ?? {};
      if (Object.keys(fields).length) setErrors(fields as Partial<Record<PasswordField, string>>);
      else notify(err.message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const field = (name: PasswordField, autoComplete: string) => (
    <TextField
      key={name}
      name={name}
      type="password"
      autoComplete={autoComplete}
      label={translate(`lentera.profile.${name}`)}
      value={values[name]}
      onChange={(e) => setValues({ ...values, [name]: e.target.value })}
      error={!!errors[name]}
      helperText={errors[name] ?? (name === 'newPassword' ? translate('lentera.users.password_hint') : ' ')}
      fullWidth
      size="small"
    />
  );
  return (
    <Card sx={{ mt: 2 }} data-testid="password-card">
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Typography variant="subtitle1">{translate('lentera.profile.password_title')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('lentera.profile.password_help')}
        </Typography>
        {field('currentPassword', 'current-password')}
        {field('newPassword', 'new-password')}
        {field('repeat', 'new-password')}
        <Box>
          <Button
            variant="contained"
            disabled={busy || !values.currentPassword || !values.newPassword || !values.repeat}
            onClick={() => void submit()}
          >
            {translate('lentera.profile.password_submit')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
};

/**
 * The signed-in user's own account (user menu → Profil saya): who they are in Lentera — office, roles, e-mail — and the
 * one thing they decide themselves, the daily e-mail digest of waiting work (PATCH /api/auth/me). Name, roles and
 * office stay the administrator's.
 */
const ProfilePage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { data: me, error } = useApi<Me>('auth/me');
  const save = useApiMutation((dp, dailyDigest: boolean) => dp.send<Me>('PATCH', 'auth/me', { dailyDigest }), ['auth']);
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!me) return <Loading />;
  const row = (label: string, value: React.ReactNode) => (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '180px 1fr' }, gap: { xs: 0, sm: 2 }, py: 0.75 }}>
      <Typography variant="body2" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography variant="body2" component="div">
        {value}
      </Typography>
    </Box>
  );
  const toggle = (on: boolean) =>
    save.mutate(on, {
      onSuccess: () => notify(on ? 'lentera.profile.digest_on' : 'lentera.profile.digest_off', { type: 'success' }),
      onError: (e) => notify(e.message, { type: 'error' }),
    });
  return (
    <Box sx={{ maxWidth: 760, mt: 2 }}>
      <Title title="lentera.profile.title" />
      <Card>
        <CardContent>
          <Typography variant="h6">{me.fullName}</Typography>
          {row('resources.users.fields.username', me.username)}
          {row('resources.users.fields.office', me.office.name)}
          {row('resources.users.fields.position', me.position ?? '—')}
          {row('resources.users.fields.email', me.email ?? '—')}
          {row(
            'resources.users.fields.roles',
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
              {me.roles.map((r) => (
                <Chip key={r} size="small" label={translate(`lentera.roles.${r}`, { _: r })} />
              ))}
            </Box>,
          )}
          <Typography variant="caption" color="text.secondary">
            {translate('lentera.profile.admin_note')}
          </Typography>
        </CardContent>
      </Card>
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <FormControlLabel
            control={
              <Switch
                checked={me.dailyDigest}
                disabled={save.isPending || (!me.email && !me.dailyDigest)}
                onChange={(e) => toggle(e.target.checked)}
              />
            }
            label={translate('resources.users.fields.dailyDigest')}
          />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('lentera.users.digest_hint')}
          </Typography>
          {!me.email && (
            <Alert severity="info" sx={{ mt: 1.5 }}>
              {translate('lentera.profile.no_email')}
            </Alert>
          )}
        </CardContent>
      </Card>
      <PasswordCard />
    </Box>
  );
};

export default ProfilePage;
