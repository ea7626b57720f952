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
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import {
  Link,
  Loading,
  Title,
  useCreatePath,
  useLocaleState,
  useNotify,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { canAccess } from '../access';
import { useApiMutation } from '../common/mutations';
import { forgetSettings, loadSettings } from '../common/rules';
import type { Setting } from '../api/types';
import { draftsOf, settingsPatch, type Draft } from './settingsPatch';
import { ErrorAlert } from '../common/ErrorAlert';
import { NamedRow } from '../common/NamedRow';

/** The i18n key of a setting's explanation: 'sop.step1Minutes' → 'sop_step1Minutes'. */
const helpKey = (key: string) => key.replace(/[^A-Za-z0-9]+/g, '_');

/**
 * Pengaturan kantor: the office's own settings (the due-soon flag, SOP standard minutes, the on-time target, the
 * registration number format), each with what it means; administrators change them. The legal time limits are rule
 * sets with effective dates (rule-sets/RuleSetsPage).
 */
const SettingsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<string[]>();
  const canEdit = canAccess(permissions, { action: 'edit', resource: 'settings' });
  const [settings, setSettings] = useState<Setting[] | null>(null);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const patch = useApiMutation(
    (dataProvider, changes: object) => dataProvider.send<Setting[]>('PATCH', 'settings', changes),
    ['settings'],
  );

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
      const rows = await patch.mutateAsync(result.patch);
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
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1, maxWidth: 820 }}>
            {translate('lentera.settings.intro')}
          </Typography>
          <Typography variant="body2" sx={{ mb: 2 }}>
            <Link to={createPath({ resource: 'rule-sets', type: 'list' })} data-testid="settings-rules-link">
              {translate('lentera.settings.rules_link')}
            </Link>
          </Typography>
          <Box data-testid="settings-table" role="list">
            {settings.map((s) => {
              const draft = drafts[s.key] ?? { value: String(s.value), reset: false };
              const error = errors[s.key];
              const label = locale === 'en' ? s.labelEn : s.label;
              const help = translate(`lentera.settings.help.${helpKey(s.key)}`, { _: '' });
              return (
                <NamedRow
                  key={s.key}
                  role="listitem"
                  testId={`setting-${s.key}`}
                  columns={{ xs: '1fr', md: 'minmax(0, 1fr) 340px' }}
                  spacing={{ columnGap: 3, rowGap: 1, py: 1.5 }}
                  name={label}
                  notes={
                    <>
                      {help && (
                        <Typography variant="body2" color="text.secondary" data-testid="setting-help">
                          {help}
                        </Typography>
                      )}
                      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
                        {translate('lentera.settings.default')}:{' '}
                        <Box component="span" sx={{ fontFamily: s.type === 'string' ? 'monospace' : undefined }}>
                          {String(s.default)}
                        </Box>
                      </Typography>
                    </>
                  }
                >
                  <Box sx={{ minWidth: 0 }}>
                    {canEdit ? (
                      <MuiTextField
                        size="small"
                        fullWidth
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
                        slotProps={{ htmlInput: { min: s.min, max: s.max, 'aria-label': label } }}
                        sx={{ maxWidth: s.type === 'int' ? 160 : undefined }}
                      />
                    ) : (
                      <Typography variant="body1" sx={{ fontFamily: s.type === 'string' ? 'monospace' : undefined }}>
                        {String(s.value)}
                      </Typography>
                    )}
                    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mt: 0.5 }}>
                      {s.overridden && !draft.reset && (
                        <Chip
                          size="small"
                          color="warning"
                          variant="outlined"
                          label={translate('lentera.settings.overridden')}
                        />
                      )}
                      {canEdit && s.overridden && (
                        <FormControlLabel
                          control={
                            <Checkbox
                              size="small"
                              checked={draft.reset}
                              onChange={(event) => setDraft(s.key, { reset: event.target.checked })}
                            />
                          }
                          label={
                            <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                              <RestartAltIcon fontSize="small" />
                              <Typography variant="body2" component="span">
                                {translate('lentera.settings.reset')}
                              </Typography>
                            </Box>
                          }
                        />
                      )}
                    </Box>
                  </Box>
                </NamedRow>
              );
            })}
          </Box>
          <ErrorAlert message={problem} sx={{ mt: 2 }} />
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
