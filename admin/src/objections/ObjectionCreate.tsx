import { Alert, AlertTitle, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  CheckboxGroupInput,
  Create,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
  useGetOne,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { TextArea } from '../common/TextArea';
import { SectionHeading } from '../common/SectionHeading';
import { formatDate } from '../common/dates';
import { RegimeChip } from '../requests/Regime';
import { StatusChip } from '../requests/fields';
import type { InfoRequest, Requester } from '../api/types';
import { groundChoices } from './choices';
import { objectionPayload, unavailableGrounds } from './payload';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';
import { DateInputId, DateTimeInputId } from '../common/DateInputId';
import { useOfficeTimeZone } from '../common/fields';

const againstChoices = [
  { id: 'request', name: 'lentera.objections.create.against_request' },
  { id: 'requester', name: 'lentera.objections.create.against_requester' },
];

const atLeastOne = (value: unknown) =>
  Array.isArray(value) && value.length > 0 ? undefined : 'lentera.objections.create.choose_one';
/** Without a request (ground b) nothing tells the day the ground arose: it must be given. */
const requiredWithoutRequest = (value: unknown, values: Record<string, unknown>) =>
  values?.against === 'requester' && !value ? 'ra.validation.required' : undefined;

const short = (text: string | null | undefined, max = 70) =>
  !text ? '' : text.length > max ? `${text.slice(0, max - 1)}…` : text;
const requestOption = (r: InfoRequest) =>
  r ? [r.number, r.requester?.name, short(r.informationRequested)].filter(Boolean).join(' — ') : '';
const requesterOption = (r: Requester) => (r ? [r.name, r.address].filter(Boolean).join(' — ') : '');
const byQuery = (q: string) => (q ? { q } : {});

/** The requester or the request the objection is against: required, searched by what is typed. */
const SearchPick = <R,>({
  source,
  reference,
  sort,
  optionText,
  helperText,
}: {
  source: string;
  reference: string;
  sort: { field: string; order: 'ASC' | 'DESC' };
  optionText: (record: R) => string;
  helperText: string;
}) => (
  <ReferenceInput source={source} reference={reference} sort={sort} perPage={20}>
    <AutocompleteInput
      optionText={optionText}
      filterToQuery={byQuery}
      validate={required()}
      helperText={helperText}
      fullWidth
    />
  </ReferenceInput>
);

/** The request picked: its status and decision tell which grounds apply and from when the window runs. */
const SelectedRequest = ({ id }: { id: string | number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useGetOne<InfoRequest>('requests', { id: Number(id) });
  if (!data) return null;
  return (
    <Card variant="outlined" sx={{ width: '100%', mb: 2 }} data-testid="selected-request">
      <CardContent>
        <Typography variant="overline" color="text.secondary">
          {translate('lentera.objections.create.selected_request')}
        </Typography>
        <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
          <Typography variant="h6" sx={{ fontFamily: 'monospace' }}>
            {data.number}
          </Typography>
          <StatusChip status={data.status} />
          <Typography variant="body2" color="text.secondary">
            {data.decision
              ? `${translate(`lentera.requests.decisions.${data.decision}`)}${data.decisionDate ? ` · ${formatDate(data.decisionDate, locale)}` : ''}`
              : translate('lentera.objections.create.not_decided')}
          </Typography>
        </Stack>
        <Typography variant="body2">{data.requester?.name}</Typography>
        <Typography variant="body2" color="text.secondary">
          {data.informationRequested}
        </Typography>
        {/* the objection follows the request's regime and the rules it was received under */}
        <Stack
          direction="row"
          useFlexGap
          sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center', mt: 1 }}
          data-testid="objection-regime"
        >
          <RegimeChip regime={data.regime} />
          {data.ruleSet && (
            <Typography variant="body2" color="text.secondary">
              {translate('lentera.legal.objection_follows', { days: data.ruleSet.values.objectionAnswerDays })}
            </Typography>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};

/** The grounds of Pasal 35 against a request, those that cannot apply to it disabled. */
const GroundsInput = ({ requestId }: { requestId: string | number | undefined }) => {
  const { data: request } = useGetOne<InfoRequest>(
    'requests',
    { id: Number(requestId ?? 0) },
    { enabled: !!requestId },
  );
  return (
    <CheckboxGroupInput
      source="grounds"
      choices={groundChoices(unavailableGrounds('request', requestId ? request : null))}
      row={false}
      validate={atLeastOne}
      helperText="lentera.objections.create.grounds_hint"
    />
  );
};

/** Without a request the only ground is (b): shown, not chosen (objectionPayload sends it). */
const GroundB = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', mb: 2 }} data-testid="ground-b">
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
        {translate('resources.objections.fields.grounds')}
      </Typography>
      <Typography variant="body1">{translate('lentera.objections.grounds.b')}</Typography>
    </Box>
  );
};

/** Registrasi keberatan at the desk: the request (or the requester, ground b), the grounds, the reasons, the dates. */
const ObjectionCreate = () => {
  const translate = useTranslate();
  const timeZone = useOfficeTimeZone();
  return (
    <Create
      redirect="show"
      title="lentera.objections.create.title"
      transform={(data: Record<string, unknown>) => objectionPayload(data, timeZone)}
    >
      <SimpleForm
        toolbar={<SaveOnlyToolbar label="lentera.objections.create.save" alwaysEnable />}
        sx={{ maxWidth: 860 }}
        defaultValues={{ against: 'request', grounds: [] }}
      >
        <SectionHeading text="resources.objections.fields.against" />
        <RadioButtonGroupInput
          source="against"
          choices={againstChoices}
          row={false}
          validate={required()}
          helperText={false}
        />
        <FormDataConsumer>
          {({ formData }) =>
            formData.against === 'requester' ? (
              <Box sx={{ width: '100%' }}>
                <SearchPick<Requester>
                  source="requesterId"
                  reference="requesters"
                  sort={{ field: 'name', order: 'ASC' }}
                  optionText={requesterOption}
                  helperText="lentera.objections.create.requester_hint"
                />
                <GroundB />
              </Box>
            ) : (
              <Box sx={{ width: '100%' }}>
                <SearchPick<InfoRequest>
                  source="requestId"
                  reference="requests"
                  sort={{ field: 'receivedAt', order: 'DESC' }}
                  optionText={requestOption}
                  helperText="lentera.objections.create.request_hint"
                />
                {formData.requestId ? <SelectedRequest id={formData.requestId} /> : null}
                <GroundsInput requestId={formData.requestId} />
              </Box>
            )
          }
        </FormDataConsumer>
        <TextArea source="reasons" minRows={4} max={5000} />
        <Stack direction={{ xs: 'column', sm: 'row' }} useFlexGap sx={{ gap: 2, width: '100%' }}>
          <DateInputId
            source="groundDate"
            validate={requiredWithoutRequest}
            helperText="lentera.objections.create.ground_date_hint"
            sx={{ flex: 1 }}
          />
          <DateTimeInputId source="filedAt" helperText="lentera.objections.create.filed_at_hint" sx={{ flex: 1 }} />
        </Stack>
        <TextInput source="proxyName" validate={maxLength(200)} />
        <Alert severity="info" sx={{ width: '100%', mb: 1 }} data-testid="late-hint">
          <AlertTitle>{translate('lentera.objections.create.late_title')}</AlertTitle>
          {translate('lentera.objections.create.late_hint')}
        </Alert>
        <TextArea source="lateAcceptedReason" minRows={2} max={2000} optional />
      </SimpleForm>
    </Create>
  );
};

export default ObjectionCreate;
