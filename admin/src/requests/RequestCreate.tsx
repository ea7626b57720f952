import PersonSearchIcon from '@mui/icons-material/PersonSearch';
import TimerOutlinedIcon from '@mui/icons-material/TimerOutlined';
import {
  Alert,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  LinearProgress,
  List as MuiList,
  ListItem,
  ListItemText,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  CheckboxGroupInput,
  Create,
  FormDataConsumer,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
  useDataProvider,
  useInput,
  useNotify,
  useSaveContext,
  useTranslate,
} from 'react-admin';
import { SectionHeading } from '../common/SectionHeading';
import { channelChoices, deliveryChoices, obtainChoices } from '../common/choices';
import { formatDuration } from '../common/dates';
import { useRules } from '../common/rules';
import { useNow } from '../common/useNow';
import { IdentityConflictDialog } from '../requesters/IdentityConflictDialog';
import { RequesterFields } from '../requesters/RequesterFields';
import { existingRequesterOf, type ExistingRequester } from '../requesters/identity';
import type { Requester } from '../api/types';
import { RegimeInputs } from './RegimeInputs';
import { requestPayload, requesterSearchFilter } from './payload';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';
import { DateTimeInputId } from '../common/DateInputId';
import { useOfficeTimeZone } from '../common/fields';

const atLeastOne = (value: unknown) =>
  Array.isArray(value) && value.length > 0 ? undefined : 'lentera.requests.create.choose_one';

const validate = {
  channel: [required()],
  informationRequested: [required(), maxLength(5000)],
  purpose: [required(), maxLength(2000)],
  methods: [atLeastOne],
};

/** SOP step 1 runs from opening the form to saving it: a running clock against the standard. */
const Step1Timer = ({ startedAt }: { startedAt: string }) => {
  const translate = useTranslate();
  const rules = useRules();
  const now = useNow();
  const standard = Number(rules['sop.step1Minutes']) || 10;
  const elapsed = (now - new Date(startedAt).getTime()) / 1000;
  const ratio = elapsed / (standard * 60);
  const color = ratio > 1 ? 'error' : ratio > 0.8 ? 'warning' : 'success';
  return (
    <Box
      data-testid="step1-timer"
      sx={{
        width: '100%',
        display: 'flex',
        alignItems: 'center',
        gap: 1.5,
        p: 1.5,
        mb: 1,
        borderRadius: 1,
        bgcolor: 'background.default',
      }}
    >
      <TimerOutlinedIcon color={color} />
      <Box sx={{ flex: 1 }}>
        <Typography variant="body2">
          {translate('lentera.requests.create.timer', { elapsed: formatDuration(elapsed), standard })}
          {ratio > 1 && (
            <Typography component="span" variant="body2" color="error" sx={{ ml: 1, fontWeight: 600 }}>
              {translate('lentera.requests.steps.over')}
            </Typography>
          )}
        </Typography>
        <LinearProgress
          variant="determinate"
          value={Math.min(100, ratio * 100)}
          color={color}
          aria-label={translate('lentera.requests.steps.step1')}
          sx={{ mt: 0.5, height: 6, borderRadius: 3 }}
        />
      </Box>
    </Box>
  );
};

const RequesterSummaryCard = ({ requester, onChange }: { requester: Requester; onChange: () => void }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ width: '100%', mb: 2 }} data-testid="selected-requester">
      <CardContent sx={{ display: 'flex', alignItems: 'flex-start', gap: 2 }}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="overline" color="text.secondary">
            {translate('lentera.requests.create.selected')}
          </Typography>
          <Typography variant="h6">{requester.name}</Typography>
          <Typography variant="body2" color="text.secondary">
            {translate(`lentera.requesters.types.${requester.type}`)}
            {requester.nik ? ` · NIK ${requester.nik}` : ''}
            {requester.email ? ` · ${requester.email}` : ''}
            {requester.phone ? ` · ${requester.phone}` : ''}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {requester.address}
          </Typography>
        </Box>
        <MuiButton onClick={onChange}>{translate('lentera.requests.create.change')}</MuiButton>
      </CardContent>
    </Card>
  );
};

/** Finds a returning requester by NIK or email and puts its id in the form (`requesterId`). */
const RequesterPicker = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const { field } = useInput({ source: 'requesterId' });
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Requester[] | null>(null);
  const [selected, setSelected] = useState<Requester | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const search = async () => {
    const filter = requesterSearchFilter(query);
    if (!filter) {
      setProblem('lentera.requests.create.search_hint');
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const { data } = await dataProvider.getList<Requester>('requesters', {
        filter,
        pagination: { page: 1, perPage: 10 },
        sort: { field: 'name', order: 'ASC' },
      });
      setResults(data);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (field.value && selected) {
    return (
      <RequesterSummaryCard
        requester={selected}
        onChange={() => {
          field.onChange(null);
          setSelected(null);
        }}
      />
    );
  }

  return (
    <Box sx={{ width: '100%', mb: 2 }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('lentera.requests.create.search_title')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
        <MuiTextField
          size="small"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void search();
            }
          }}
          placeholder={translate('lentera.requests.create.search_placeholder')}
          slotProps={{ htmlInput: { 'aria-label': translate('lentera.requests.create.search_title') } }}
          sx={{ flex: 1, maxWidth: 420 }}
        />
        <MuiButton variant="outlined" onClick={() => void search()} disabled={busy} startIcon={<PersonSearchIcon />}>
          {translate('lentera.requests.create.search')}
        </MuiButton>
      </Box>
      {problem && (
        <Typography variant="caption" color="error" sx={{ display: 'block', mt: 0.5 }}>
          {translate(problem, { _: problem })}
        </Typography>
      )}
      {results && results.length === 0 && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {translate('lentera.requests.create.search_none')}
        </Alert>
      )}
      {results && results.length > 0 && (
        <MuiList dense sx={{ mt: 1, border: 1, borderColor: 'divider', borderRadius: 1 }}>
          {results.map((r) => (
            <ListItem
              key={r.id}
              secondaryAction={
                <MuiButton
                  size="small"
                  onClick={() => {
                    setSelected(r);
                    field.onChange(r.id);
                  }}
                >
                  {translate('lentera.requests.create.use')}
                </MuiButton>
              }
            >
              <ListItemText
                primary={r.name}
                secondary={[translate(`lentera.requesters.types.${r.type}`), r.nik, r.email, r.address]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItem>
          ))}
        </MuiList>
      )}
    </Box>
  );
};

/**
 * The server answered that the NIK belongs to someone registered under another name: the desk confirms the same
 * person (the form is sent again with `sameAsRegistered`) or goes back to the NIK to correct a typo.
 */
const IdentityConflict = ({ existing, onDone }: { existing: ExistingRequester; onDone: () => void }) => {
  const { save, saving } = useSaveContext();
  const { getValues, setFocus } = useFormContext();
  const same = () => {
    const values = getValues();
    onDone();
    void save?.({ ...values, requester: { ...(values.requester ?? {}), sameAsRegistered: true } });
  };
  const fix = () => {
    onDone();
    // after the dialog has gone (it would take the focus back to the save button)
    window.setTimeout(() => setFocus('requester.nik', { shouldSelect: true }), 0);
  };
  return (
    <IdentityConflictDialog
      existing={existing}
      typedName={getValues('requester.name')}
      busy={saving}
      onSame={same}
      onFix={fix}
      onClose={onDone}
    />
  );
};

/** Registrasi permohonan (SOP step 1): requester, request, and the step's clock. */
const RequestCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [openedAt] = useState(() => new Date().toISOString());
  const timeZone = useOfficeTimeZone();
  const [conflict, setConflict] = useState<ExistingRequester | null>(null);
  const onError = (error: unknown) => {
    const existing = existingRequesterOf(error);
    if (existing) {
      setConflict(existing);
      return;
    }
    // react-admin's own handling: field errors land under the inputs; anything else is a notification
    const fields = (error as { body?: { errors?: object } })?.body?.errors;
    if (!fields || !Object.keys(fields).length)
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
  };
  return (
    <Create
      redirect="show"
      title="lentera.requests.create.title"
      transform={(data: Record<string, unknown>) => requestPayload(data, openedAt, timeZone)}
      mutationOptions={{ onError }}
    >
      <SimpleForm
        toolbar={<SaveOnlyToolbar label="lentera.requests.create.save" alwaysEnable />}
        sx={{ maxWidth: 860 }}
        defaultValues={{
          channel: 'in_person',
          regime: 'general',
          requester: { type: 'person' },
          obtainMethods: [],
          deliveryMethods: [],
        }}
      >
        <Step1Timer startedAt={openedAt} />
        <SectionHeading text="lentera.requests.create.requester_section" />
        <RequesterPicker />
        <FormDataConsumer>
          {({ formData }) =>
            formData.requesterId ? null : (
              <Box sx={{ width: '100%' }}>
                <Typography variant="subtitle2" sx={{ mb: 1 }}>
                  {translate('lentera.requests.create.new_requester')}
                </Typography>
                <RequesterFields prefix="requester." />
              </Box>
            )
          }
        </FormDataConsumer>
        <SectionHeading text="lentera.requests.create.request_section" />
        <SelectInput source="channel" choices={channelChoices} validate={validate.channel} />
        <FormDataConsumer>
          {({ formData }) =>
            formData.channel && formData.channel !== 'in_person' ? (
              <DateTimeInputId source="receivedAt" helperText="lentera.requests.create.received_hint" />
            ) : null
          }
        </FormDataConsumer>
        <TextInput source="informationRequested" multiline minRows={3} validate={validate.informationRequested} />
        <TextInput source="purpose" multiline minRows={2} validate={validate.purpose} />
        <CheckboxGroupInput source="obtainMethods" choices={obtainChoices} validate={validate.methods} />
        <CheckboxGroupInput source="deliveryMethods" choices={deliveryChoices} validate={validate.methods} />
        <SectionHeading text="lentera.legal.regime_section" />
        <RegimeInputs />
        {conflict && <IdentityConflict existing={conflict} onDone={() => setConflict(null)} />}
      </SimpleForm>
    </Create>
  );
};

export default RequestCreate;
