import RestartAltIcon from '@mui/icons-material/RestartAlt';
import SaveIcon from '@mui/icons-material/Save';
import {
  Alert,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Checkbox,
  Chip,
  FormControlLabel,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Loading, Title, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import { canAccess } from '../access';
import { sendJson } from '../common/api';
import { forgetSettings, loadSettings } from '../common/rules';
import type { Setting } from '../types';
import { draftsOf, settingsPatch, type Draft } from './settingsPatch';

/** Aturan layanan: the office's deadlines, SOP standard minutes and number format; admins change them. */
const SettingsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<string[]>();
  const canEdit = canAccess(permissions, { action: 'edit', resource: 'settings' });
  const [settings, setSettings] = useState<Setting[] | null>(null);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const show = (rows: Setting[]) => {
    setSettings(rows);
    setDrafts(draftsOf(rows));
    setErrors({});
  };

  useEffect(() => {
    loadSettings(true)
      .then(show)
      .catch((error: Error) => setProblem(error.message));
  }, []);

  if (!settings) {
    return problem ? (
      <Alert severity="error" sx={{ mt: 2 }}>
        {problem}
      </Alert>
    ) : (
      <Loading />
    );
  }

  const pending = settingsPatch(settings, drafts);
  const dirty = Object.keys(pending.patch).length > 0 || Object.keys(pending.errors).length > 0;

  const save = async () => {
    const result = settingsPatch(settings, drafts);
    setErrors(result.errors);
    setProblem(null);
    if (Object.keys(result.errors).length) return;
    if (!Object.keys(result.patch).length) {
      notify('lentera.settings.no_changes', { type: 'info' });
      return;
    }
    setSaving(true);
    try {
      const rows = await sendJson<Setting[]>('PATCH', 'settings', result.patch);
      forgetSettings();
      show(rows);
      notify('lentera.settings.saved', { type: 'success' });
    } catch (error) {
      setProblem((error as Error).message);
      const fields = (error as { body?: { errors?: Record<string, string> } }).body?.errors;
      if (fields) setErrors(fields);
    } finally {
      setSaving(false);
    }
  };

  const setDraft = (key: string, patch: Partial<Draft>) => setDrafts((d) => ({ ...d, [key]: { ...d[key], ...patch } }));

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="lentera.settings.title" />
      <Card>
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 820 }}>
            {translate('lentera.settings.intro')}
          </Typography>
          <Table size="small" data-testid="settings-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate('lentera.settings.rule')}</TableCell>
                <TableCell>{translate('lentera.settings.value')}</TableCell>
                <TableCell>{translate('lentera.settings.default')}</TableCell>
                {canEdit && <TableCell>{translate('lentera.settings.reset')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {settings.map((s) => {
                const draft = drafts[s.key] ?? { value: String(s.value), reset: false };
                const error = errors[s.key];
                return (
                  <TableRow key={s.key} data-testid={`setting-${s.key}`}>
                    <TableCell sx={{ maxWidth: 360 }}>
                      <Typography variant="body2">{locale === 'en' ? s.labelEn : s.label}</Typography>
                      <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                        {s.key}
                      </Typography>
                    </TableCell>
                    <TableCell sx={{ minWidth: 200 }}>
                      {canEdit ? (
                        <MuiTextField
                          size="small"
                          value={draft.reset ? String(s.default) : draft.value}
                          disabled={draft.reset}
                          type={s.type === 'int' ? 'number' : 'text'}
                          onChange={(event) => setDraft(s.key, { value: event.target.value })}
                          error={!!error}
                          helperText={
                            error
                              ? translate(error, { _: error, min: s.min, max: s.max })
                              : s.type === 'int' && s.min !== undefined
                                ? `${s.min}–${s.max}`
                                : undefined
                          }
                          slotProps={{
                            htmlInput: { min: s.min, max: s.max, 'aria-label': locale === 'en' ? s.labelEn : s.label },
                          }}
                          sx={{ width: s.type === 'int' ? 120 : 320 }}
                        />
                      ) : (
                        <Typography variant="body2" sx={{ fontFamily: s.type === 'string' ? 'monospace' : undefined }}>
                          {String(s.value)}
                        </Typography>
                      )}
                      {s.overridden && !draft.reset && (
                        <Chip
                          size="small"
                          color="warning"
                          variant="outlined"
                          label={translate('lentera.settings.overridden')}
                          sx={{ ml: 1 }}
                        />
                      )}
                    </TableCell>
                    <TableCell>
                      <Typography
                        variant="body2"
                        color="text.secondary"
                        sx={{ fontFamily: s.type === 'string' ? 'monospace' : undefined }}
                      >
                        {String(s.default)}
                      </Typography>
                    </TableCell>
                    {canEdit && (
                      <TableCell>
                        <FormControlLabel
                          control={
                            <Checkbox
                              size="small"
                              checked={draft.reset}
                              disabled={!s.overridden}
                              onChange={(event) => setDraft(s.key, { reset: event.target.checked })}
                            />
                          }
                          label={<RestartAltIcon fontSize="small" titleAccess={translate('lentera.settings.reset')} />}
                        />
                      </TableCell>
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          {problem && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {problem}
            </Alert>
          )}
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 2 }}>
            {canEdit && (
              <MuiButton
                variant="contained"
                startIcon={<SaveIcon />}
                disabled={saving || !dirty}
                onClick={() => void save()}
              >
                {translate('ra.action.save')}
              </MuiButton>
            )}
            <Typography variant="caption" color="text.secondary">
              {translate(canEdit ? 'lentera.settings.audit_note' : 'lentera.settings.read_only')}
            </Typography>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};

export default SettingsPage;
