import HistoryIcon from '@mui/icons-material/History';
import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Panel } from '../common/Panel';
import { useOfficeDateTime } from '../common/fields';
import { useApi } from '../metrics/hooks';
import { identityChanges, type IdentityVersion } from './identity';

/**
 * Riwayat identitas: every version of the requester's identity, newest first — who recorded it, when and why, and
 * what it changed. Requests and objections keep the version they were registered with.
 */
export const VersionHistory = ({ requesterId, reload = 0 }: { requesterId: number | string; reload?: number }) => {
  const translate = useTranslate();
  const dateTime = useOfficeDateTime();
  const { data, error } = useApi<IdentityVersion[]>(`requesters/${encodeURIComponent(requesterId)}/versions`, reload);
  const value = (field: string, v: string | null) =>
    v === null ? '—' : field === 'type' ? translate(`lentera.requesters.types.${v}`, { _: v }) : v;
  return (
    <Panel
      title="lentera.identity.history"
      testId="identity-history"
      action={<HistoryIcon color="action" fontSize="small" />}
    >
      {error && <Alert severity="error">{error.message}</Alert>}
      {data?.map((v, i) => {
        const changes = identityChanges(v, data[i + 1]);
        return (
          <Box
            key={v.version}
            data-testid={`identity-version-${v.version}`}
            data-version={v.version}
            sx={{ py: 1.25, borderTop: 1, borderColor: 'divider', '&:first-of-type': { borderTop: 0, pt: 0 } }}
          >
            <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
              <Chip
                size="small"
                color={i === 0 ? 'primary' : 'default'}
                variant={i === 0 ? 'filled' : 'outlined'}
                label={translate('lentera.identity.version', { version: v.version })}
              />
              <Typography
                variant="body2"
                sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
                data-testid="identity-version-name"
              >
                {v.name}
              </Typography>
            </Stack>
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.25 }}>
              {translate('lentera.identity.recorded_by', {
                who: v.createdByName || translate('lentera.identity.someone'),
                at: dateTime(v.createdAt),
              })}
            </Typography>
            <Typography variant="body2" sx={{ mt: 0.25, overflowWrap: 'anywhere' }} data-testid="identity-reason">
              {v.reason || translate('lentera.identity.first_registration')}
            </Typography>
            {changes.length > 0 && (
              <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
                {changes.map((c) => (
                  <Typography component="li" variant="body2" key={c.field} sx={{ overflowWrap: 'anywhere' }}>
                    {translate(`resources.requesters.fields.${c.field}`, { _: c.field })}: {value(c.field, c.from)} →{' '}
                    <strong>{value(c.field, c.to)}</strong>
                  </Typography>
                ))}
              </Box>
            )}
          </Box>
        );
      })}
    </Panel>
  );
};
