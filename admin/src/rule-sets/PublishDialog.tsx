import PublishIcon from '@mui/icons-material/Publish';
import { Alert, Box, Typography } from '@mui/material';
import {
  BooleanInput,
  FormDataConsumer,
  HttpError,
  NumberInput,
  TextInput,
  useLocaleState,
  useNotify,
  useTranslate,
} from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useApiMutation } from '../common/mutations';
import {
  DEFAULT_RULE_SETS,
  REGIME_LABELS,
  RULE_DEFS,
  RULE_KEYS,
  formatRuleValue,
  langOf,
  pick,
  type Regime,
} from '../common/legal';
import { publishPayload, type PublishDraft } from './logic';
import type { RuleSetRow } from './types';
import { DateInputId } from '../common/DateInputId';

/**
 * Terbitkan versi baru: every value of the regime (prefilled with the version in force), the date it takes effect
 * (today at the earliest: requests already received keep their rules), the reason and the legal basis. National
 * rules only at the KPU RI; an office's administrator publishes the office's own version.
 */
export const PublishDialog = ({
  regime,
  base,
  today,
  national,
  onClose,
}: {
  regime: Regime;
  base: RuleSetRow | null;
  today: string;
  /** the signed-in administrator works at the national office (KPU RI) */
  national: boolean;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const lang = langOf(locale);
  const values = base?.ruleValues ?? DEFAULT_RULE_SETS[regime].values;

  const publish = useApiMutation(
    (dataProvider, body: object) => dataProvider.send<RuleSetRow>('POST', 'rule-sets', body),
    ['rule-sets'],
  );

  const submit = async (form: Record<string, unknown>) => {
    const draft: PublishDraft = {
      regime,
      national: national && !!form.national,
      effectiveFrom: String(form.effectiveFrom ?? ''),
      values: (form.values as Record<string, unknown>) ?? {},
      reason: String(form.reason ?? ''),
      basis: String(form.basis ?? ''),
    };
    const { body, errors } = publishPayload(draft, today);
    if (Object.keys(errors).length) {
      // checked here first, shown as the server's refusal would be: the message, the fields marked
      const fields = Object.fromEntries(
        Object.entries(errors).map(([k, key]) => {
          const rule = k.startsWith('values.') ? RULE_DEFS[k.slice(7) as keyof typeof RULE_DEFS] : undefined;
          return [k, translate(key, { min: rule?.min, max: rule?.max, today })];
        }),
      );
      throw new HttpError(translate('lentera.rule_sets.publish.fix_fields'), 400, { errors: fields });
    }
    await publish.mutateAsync(body);
    notify('lentera.rule_sets.publish.done', { type: 'success' });
  };

  return (
    <ActionDialog
      title={translate('lentera.rule_sets.publish.title', { regime: pick(REGIME_LABELS[regime], locale) })}
      testId="dialog-publish"
      errorTestId="publish-error"
      listFields={false}
      maxWidth="md"
      defaultValues={{
        national: false,
        effectiveFrom: today,
        values: Object.fromEntries(RULE_KEYS.map((k) => [k, values[k]])),
        reason: '',
        basis: '',
      }}
      saveLabel="lentera.rule_sets.publish.submit"
      saveIcon={<PublishIcon />}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('lentera.rule_sets.publish.help')}
      </Typography>
      {national ? (
        <BooleanInput
          source="national"
          label="lentera.rule_sets.publish.national"
          helperText="lentera.rule_sets.publish.national_hint"
        />
      ) : (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('lentera.rule_sets.publish.office_only')}
        </Alert>
      )}
      <DateInputId
        source="effectiveFrom"
        label="lentera.rule_sets.publish.effective_from"
        helperText="lentera.rule_sets.publish.effective_from_hint"
        min={today}
      />
      <Typography variant="subtitle2" sx={{ mt: 1, mb: 1 }}>
        {translate('lentera.rule_sets.publish.values')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
          columnGap: 2,
        }}
      >
        <FormDataConsumer>
          {({ formData }) =>
            RULE_KEYS.map((key) => {
              const def = RULE_DEFS[key];
              const typed = Number((formData.values as Record<string, unknown> | undefined)?.[key]);
              const changed = Number.isFinite(typed) && typed !== values[key];
              return (
                <NumberInput
                  key={key}
                  source={`values.${key}`}
                  label={pick(def.label, locale)}
                  // no min/max attributes: the browser's own validation would stop the form before ours speaks
                  step={1}
                  helperText={
                    changed
                      ? translate('lentera.rule_sets.publish.was', {
                          value: formatRuleValue(values[key], def.unit, lang),
                        })
                      : `${formatRuleValue(values[key], def.unit, lang)} · ${def.min}–${def.max}`
                  }
                  sx={changed ? { '& .MuiInputBase-root': { bgcolor: 'action.selected' } } : undefined}
                />
              );
            })
          }
        </FormDataConsumer>
      </Box>
      <TextInput
        source="reason"
        label="lentera.rule_sets.publish.reason"
        helperText="lentera.rule_sets.publish.reason_hint"
        multiline
        minRows={2}
      />
      <TextInput
        source="basis"
        label="lentera.rule_sets.publish.basis"
        helperText="lentera.rule_sets.publish.basis_hint"
      />
    </ActionDialog>
  );
};
