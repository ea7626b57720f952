import RestartAltIcon from '@mui/icons-material/RestartAlt';
import SaveIcon from '@mui/icons-material/Save';
import { Alert, Box, Button, Card, CardContent, Chip, Grid, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Loading, Title, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import { canAccess } from '../access';
import type { MailTemplate, TemplateText } from '../api/types';
import { pick } from '../common/legal';
import { useApi, useApiMutation } from '../common/mutations';

const FIELDS: Array<keyof TemplateText> = ['subject', 'intro', 'closing'];

/** One message in one language: the office's wording around the fixed legal part, saved or reset on its own. */
const TemplateCard = ({ template, canEdit }: { template: MailTemplate; canEdit: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [draft, setDraft] = useState<TemplateText>(template);
  const path = `mail-templates/${template.kind}/${template.lang}`;
  const save = useApiMutation(
    (dp, text: TemplateText | null) => dp.send(text ? 'PUT' : 'DELETE', path, text ?? undefined),
    ['mail-templates'],
  );
  const changed = FIELDS.some((f) => draft[f] !== template[f]);
  const run = (text: TemplateText | null) =>
    save.mutate(text, {
      onSuccess: () =>
        notify(text ? 'lentera.mail_templates.saved' : 'lentera.mail_templates.reset_done', { type: 'success' }),
      onError: (error) => notify(error.message, { type: 'error' }),
    });
  return (
    <Box data-testid={`template-${template.kind}-${template.lang}`} sx={{ display: 'grid', gap: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="subtitle2">{translate(`lentera.mail_templates.lang_${template.lang}`)}</Typography>
        <Chip
          size="small"
          variant="outlined"
          color={template.custom ? 'primary' : 'default'}
          label={translate(template.custom ? 'lentera.mail_templates.custom' : 'lentera.mail_templates.default')}
        />
      </Box>
      {FIELDS.map((field) => (
        <TextField
          key={field}
          label={translate(`lentera.mail_templates.${field}`)}
          value={draft[field]}
          onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
          multiline={field !== 'subject'}
          minRows={field === 'subject' ? undefined : 3}
          size="small"
          fullWidth
          disabled={!canEdit}
          slotProps={{ htmlInput: { name: `${template.kind}.${template.lang}.${field}` } }}
        />
      ))}
      {canEdit && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button
            variant="contained"
            size="small"
            startIcon={<SaveIcon />}
            disabled={!changed || save.isPending}
            onClick={() => run(draft)}
          >
            {translate('ra.action.save')}
          </Button>
          {template.custom && (
            <Button size="small" startIcon={<RestartAltIcon />} disabled={save.isPending} onClick={() => run(null)}>
              {translate('lentera.mail_templates.reset')}
            </Button>
          )}
        </Box>
      )}
    </Box>
  );
};

/**
 * Templat email: the office's own wording of each message Lentera sends requesters (subject, opening, closing), in
 * Indonesian and English; the registration details, deadlines, legal references and attachments between them are
 * fixed (server/src/requests/request-messages.service.ts) and cannot be edited. Placeholders: {name}, {number}, {office}.
 */
const MailTemplatesPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<string[]>();
  const canEdit = canAccess(permissions, { action: 'edit', resource: 'mail-templates' });
  const { data, error, loading } = useApi<MailTemplate[]>('mail-templates');
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const kinds = [...new Set((data ?? []).map((t) => t.kind))];
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
      <Title title={translate('resources.mail-templates.name', { smart_count: 2 })} />
      <Alert severity="info">{translate('lentera.mail_templates.explain')}</Alert>
      {kinds.map((kind) => {
        const pair = (data ?? []).filter((t) => t.kind === kind);
        return (
          <Card key={kind} data-testid={`mail-template-${kind}`}>
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                {pick(pair[0].label, locale)}
              </Typography>
              <Grid container spacing={3}>
                {pair.map((t) => (
                  <Grid key={t.lang} size={{ xs: 12, md: 6 }}>
                    {/* keyed by what is stored: a saved or reset message starts its draft again from the server's answer */}
                    <TemplateCard
                      key={`${t.custom}:${t.subject}:${t.intro}:${t.closing}`}
                      template={t}
                      canEdit={canEdit}
                    />
                  </Grid>
                ))}
              </Grid>
            </CardContent>
          </Card>
        );
      })}
    </Box>
  );
};

export default MailTemplatesPage;
