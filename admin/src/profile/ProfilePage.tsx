import { Alert, Box, Card, CardContent, Chip, FormControlLabel, Switch, Typography } from '@mui/material';
import { Loading, Title, useNotify, useTranslate } from 'react-admin';
import type { Me } from '../api/types';
import { useApi, useApiMutation } from '../common/mutations';

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
    </Box>
  );
};

export default ProfilePage;
