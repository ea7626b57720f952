import { Alert, Box } from '@mui/material';
import {
  FormDataConsumer,
  RadioButtonGroupInput,
  TextInput,
  maxLength,
  required,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import {
  DEFAULT_RULE_SETS,
  REGIMES,
  REGIME_BASIS,
  electionKindChoices,
  langOf,
  formatRuleValue,
  regimeChoices,
  type Regime,
} from '../common/legal';
import { useCurrentRuleSets } from '../rule-sets/hooks';

/** What choosing a regime means for the request: its answer and extension days (the office's rules today). */
const RegimeEffect = ({ regime }: { regime: Regime }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lang = langOf(locale);
  const current = useCurrentRuleSets();
  const values = current?.[regime]?.ruleValues ?? DEFAULT_RULE_SETS[regime].values;
  return (
    <Alert severity={regime === 'election' ? 'warning' : 'info'} sx={{ mb: 2 }} data-testid="regime-effect">
      {translate('lentera.legal.regime_effect', {
        answer: formatRuleValue(values.answerDays, 'working_days', lang),
        extension: formatRuleValue(values.extensionDays, 'working_days', lang),
        basis: current?.[regime]?.basis ?? REGIME_BASIS[regime],
      })}
    </Alert>
  );
};

/**
 * The regime of a request: general public information (UU 14/2008) or information about the Pemilu/Pemilihan
 * (PerKI 1/2019, shorter clocks), with the election it concerns. Used by the intake form, "Ubah klasifikasi" and the
 * verification of a web submission; `regimePayload` (payload.ts) turns the values into the API's fields.
 */
export const RegimeInputs = () => (
  <Box sx={{ width: '100%' }} data-testid="regime-inputs">
    <RadioButtonGroupInput
      source="regime"
      label="lentera.legal.regime"
      choices={regimeChoices}
      validate={required()}
      row
    />
    <FormDataConsumer>
      {({ formData }) => {
        const regime = (REGIMES as readonly string[]).includes(formData.regime) ? (formData.regime as Regime) : null;
        if (!regime) return null;
        return (
          <>
            <RegimeEffect regime={regime} />
            {regime === 'election' && (
              <>
                <RadioButtonGroupInput
                  source="electionKind"
                  label="lentera.legal.election_kind"
                  choices={electionKindChoices}
                  validate={required()}
                  row
                />
                <TextInput
                  source="electionName"
                  label="lentera.legal.election_name"
                  helperText="lentera.legal.election_name_hint"
                  validate={maxLength(150)}
                />
                <TextInput
                  source="electionStage"
                  label="lentera.legal.election_stage"
                  helperText="lentera.legal.election_stage_hint"
                  validate={maxLength(150)}
                />
              </>
            )}
          </>
        );
      }}
    </FormDataConsumer>
  </Box>
);
