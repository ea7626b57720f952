import { Box, Card, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import { Link, Show, useCreatePath, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Detail, Panel } from '../common/Panel';
import { formatInZone } from '../common/datetime';
import { useCan } from '../common/useCan';
import { useOfficeTimeZone } from '../common/fields';
import type { InfoRequest } from '../api/types';
import { AssignmentsCard } from './AssignmentsCard';
import { DocumentButtons } from './DocumentButtons';
import { RegisteredIdentity } from '../requesters/RegisteredIdentity';
import { DeadlineCard } from './DeadlineCard';
import { ClassifyButton, ElectionLine, RegimeChip } from './Regime';
import { RequestActions } from './RequestActions';
import { StepsCard } from './StepsCard';
import { TimelineCard } from './TimelineCard';
import { givesInformation } from './actions';
import { StatusChip } from './fields';

const Header = ({ record }: { record: InfoRequest }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const timeZone = useOfficeTimeZone();
  const createPath = useCreatePath();
  const canOpenRequester = useCan('show', 'requesters');
  const requester = record.requester;
  return (
    <Card sx={{ mb: 2, borderTop: '4px solid', borderTopColor: 'primary.main' }}>
      <CardContent>
        <Box
          sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'space-between' }}
        >
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="overline" color="text.secondary">
              {translate('lentera.requests.show.registration_number')}
            </Typography>
            <Typography
              variant="h4"
              component="h1"
              data-testid="request-number"
              // a phone fits the whole number: smaller, and it may break after a slash
              sx={{
                fontFamily: 'monospace',
                fontWeight: 700,
                lineHeight: 1.2,
                fontSize: { xs: '1.35rem', sm: '2.125rem' },
                overflowWrap: 'anywhere',
              }}
            >
              {record.number}
            </Typography>
            <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, mt: 1, alignItems: 'center' }}>
              <StatusChip status={record.status} size="medium" />
              {record.decision && (
                <Chip
                  variant="outlined"
                  color="primary"
                  label={translate(`lentera.requests.decisions.${record.decision}`)}
                />
              )}
              <RegimeChip regime={record.regime} size="medium" />
              <ClassifyButton record={record} />
              <Typography variant="body2" color="text.secondary">
                {translate(`lentera.requests.channels.${record.channel}`, { _: record.channel })} ·{' '}
                {translate('lentera.requests.show.received', { at: formatInZone(record.receivedAt, timeZone, locale) })}
              </Typography>
              {record.trackingCode && (
                <Typography variant="body2" color="text.secondary" data-testid="tracking-code">
                  {translate('lentera.requests.show.tracking_code')}:{' '}
                  <Box component="span" sx={{ fontFamily: 'monospace', fontWeight: 600, color: 'text.primary' }}>
                    {record.trackingCode}
                  </Box>
                </Typography>
              )}
            </Stack>
            <ElectionLine matter={record} />
            {requester && (
              <Typography variant="h6" sx={{ mt: 1 }} data-testid="request-requester">
                {canOpenRequester ? (
                  <Link to={createPath({ resource: 'requesters', id: requester.id, type: 'show' })}>
                    {requester.name}
                  </Link>
                ) : (
                  requester.name
                )}
                <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                  {translate(`lentera.requesters.types.${requester.type}`)}
                </Typography>
              </Typography>
            )}
          </Box>
          <DocumentButtons record={record} />
        </Box>
        <Box sx={{ mt: 2 }}>
          <RequestActions record={record} />
        </Box>
      </CardContent>
    </Card>
  );
};

const DetailsCard = ({ record }: { record: InfoRequest }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const timeZone = useOfficeTimeZone();
  const list = (values: string[] | null | undefined, prefix: string) =>
    values?.length ? values.map((v) => translate(`${prefix}.${v}`, { _: v })).join(', ') : '—';
  return (
    <Panel title="lentera.requests.show.details">
      <Detail label="resources.requests.fields.informationRequested">{record.informationRequested}</Detail>
      <Detail label="resources.requests.fields.purpose">{record.purpose}</Detail>
      <Detail label="resources.requests.fields.obtainMethods">
        {list(record.obtainMethods, 'lentera.requests.obtain')}
      </Detail>
      <Detail label="resources.requests.fields.deliveryMethods">
        {list(record.deliveryMethods, 'lentera.requests.delivery')}
      </Detail>
      {record.decision && (
        <>
          <Detail label="resources.requests.fields.decision">
            {translate(`lentera.requests.decisions.${record.decision}`)}
            {record.decidedAt ? ` · ${formatInZone(record.decidedAt, timeZone, locale)}` : ''}
          </Detail>
          {record.refusalBasis?.length ? (
            <Detail label="lentera.requests.action_fields.refusal_basis">
              {record.refusalBasis.map((letter) => translate(`lentera.requests.pasal17.${letter}`)).join('\n')}
            </Detail>
          ) : null}
          {record.consequenceTest && (
            <Detail label="lentera.requests.action_fields.consequence_test">{record.consequenceTest}</Detail>
          )}
          {record.refusalReason && (
            <Detail label="lentera.requests.action_fields.refusal_reason">{record.refusalReason}</Detail>
          )}
          {record.redactions && <Detail label="lentera.requests.action_fields.redactions">{record.redactions}</Detail>}
          {record.holderBody && <Detail label="lentera.requests.action_fields.holder_body">{record.holderBody}</Detail>}
          {record.form && (
            <Detail label="lentera.requests.action_fields.form">
              {translate(`lentera.requests.forms.${record.form}`)}
            </Detail>
          )}
          {record.materialProvided && (
            <Detail label="lentera.decision.material_provided">{record.materialProvided}</Detail>
          )}
          {givesInformation(record.decision) && record.cost !== null && record.cost !== undefined && (
            <Detail label="lentera.requests.action_fields.cost">
              {record.cost > 0
                ? new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
                    style: 'currency',
                    currency: 'IDR',
                    maximumFractionDigits: 0,
                  }).format(record.cost)
                : translate('lentera.decision.no_cost')}
            </Detail>
          )}
          {record.paymentMethod && <Detail label="lentera.decision.payment_method">{record.paymentMethod}</Detail>}
          {record.deliveryPlan && (
            <Detail label="lentera.requests.action_fields.delivery_plan">{record.deliveryPlan}</Detail>
          )}
        </>
      )}
      {record.deliveredAt && (
        <Detail label="lentera.requests.show.delivered">
          {translate(`lentera.requests.delivery.${record.deliveredVia}`, { _: record.deliveredVia ?? '' })} ·{' '}
          {formatInZone(record.deliveredAt, timeZone, locale)}
        </Detail>
      )}
      {record.withdrawReason && <Detail label="lentera.requests.show.withdrawn">{record.withdrawReason}</Detail>}
    </Panel>
  );
};

const RequestLayout = () => {
  const record = useRecordContext<InfoRequest>();
  if (!record) return null;
  return (
    <Box sx={{ mt: 1 }}>
      <Header record={record} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 5 }}>
          <DeadlineCard record={record} />
          <StepsCard record={record} />
          <DetailsCard record={record} />
          <RegisteredIdentity record={record} />
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <AssignmentsCard record={record} />
          <TimelineCard record={record} />
        </Grid>
      </Grid>
    </Box>
  );
};

const RequestTitle = () => {
  const record = useRecordContext<InfoRequest>();
  const translate = useTranslate();
  return <span>{record ? `${translate('resources.requests.name', { smart_count: 1 })} ${record.number}` : ''}</span>;
};

/** One request: the legal clock, the desk's SOP steps, the disposition, the decision and the timeline. */
const RequestShow = () => (
  <Show title={<RequestTitle />} actions={false} component="div">
    <RequestLayout />
  </Show>
);

export default RequestShow;
