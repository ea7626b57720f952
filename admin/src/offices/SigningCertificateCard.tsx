import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button as MuiButton, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { Detail, Panel } from '../common/Panel';
import { formatInZone } from '../common/datetime';
import { useApi, useApiMutation } from '../common/mutations';
import { Permission } from '../permissions';
import type { Office, SigningCertificate } from '../api/types';

const t = (key: string) => `lentera.offices.certificate.${key}`;

/** The office's PKCS#12 certificate for signing the monthly report PDFs: what it is (never the key), upload, remove. */
export const SigningCertificateCard = () => {
  const office = useRecordContext<Office>();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<string[]>();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const path = office ? `offices/${encodeURIComponent(office.id)}/signing-certificate` : '';

  const answer = useApi<SigningCertificate | null>(path || null);
  const cert = answer.error ? null : answer.data;
  const put = useApiMutation(
    (dataProvider, chosen: File) => dataProvider.upload<SigningCertificate>(path, chosen, { passphrase }, 'PUT'),
    ['offices'],
  );
  const drop = useApiMutation((dataProvider, _: void) => dataProvider.send('DELETE', path), ['offices']);

  if (!office) return null;
  const canManage = permissions?.includes(Permission.OfficeUpdate);
  const upload = async () => {
    if (!file) return;
    setError(null);
    try {
      await put.mutateAsync(file);
      setFile(null);
      setPassphrase('');
      notify(t('uploaded'), { type: 'success' });
    } catch (e) {
      const body = (e as { body?: { fields?: Record<string, string> } }).body;
      setError({ message: (e as Error).message, fields: body?.fields ?? {} });
    }
  };
  const remove = async () => {
    await drop.mutateAsync();
    notify(t('removed'), { type: 'info' });
  };
  const tz = office.timeZone;
  return (
    <Panel title={t('title')} testId="signing-certificate">
      {cert === null && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(t('none'))}
        </Typography>
      )}
      {cert && (
        <Box sx={{ mb: 1 }}>
          <Detail label={t('subject')}>{cert.subjectCommonName ?? cert.subject}</Detail>
          <Detail label={t('issuer')}>{cert.issuer}</Detail>
          <Detail label={t('valid')}>
            {formatInZone(cert.validFrom, tz, locale)} – {formatInZone(cert.validTo, tz, locale)}
          </Detail>
          <Detail label={t('fingerprint')}>
            <Box component="span" sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>
              {cert.fingerprintSha256}
            </Box>
          </Detail>
        </Box>
      )}
      {canManage && (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate(t('help'))}
          </Typography>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: 'flex-start' }}>
            <MuiButton component="label" variant="outlined" startIcon={<UploadFileIcon />}>
              {file ? file.name : translate(t('file'))}
              <input
                hidden
                type="file"
                name="file"
                accept=".p12,.pfx,application/x-pkcs12"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </MuiButton>
            <MuiTextField
              size="small"
              type="password"
              name="passphrase"
              label={translate(t('passphrase'))}
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              error={!!error?.fields.passphrase}
              helperText={error?.fields.passphrase ?? ' '}
              autoComplete="off"
            />
            <MuiButton variant="contained" disabled={!file} onClick={upload}>
              {translate(t('upload'))}
            </MuiButton>
            {cert && (
              <MuiButton color="inherit" startIcon={<DeleteOutlineIcon />} onClick={remove}>
                {translate(t('remove'))}
              </MuiButton>
            )}
          </Stack>
          {error && (
            <Alert severity="error" sx={{ mt: 1 }} data-testid="certificate-error">
              {error.fields.file ?? error.message}
            </Alert>
          )}
        </>
      )}
    </Panel>
  );
};
