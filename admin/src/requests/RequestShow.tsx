import { Box, Chip, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { OverdueBanner } from '../common/Deadline';
import { Detail, Panel } from '../common/Panel';
import { RecordHeader, RequesterLine } from '../common/RecordHeader';
import { Columns, RecordShow, titled } from '../common/RecordShow';
import { useOfficeDateTime } from '../common/fields';
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
import { MethodDetails, StatusChip } from './fields';

const Header = ({ record }: { record: InfoRequest }) => {
  const translate = useTranslate();
  const dateTime = useOfficeDateTime();
  return (
    <RecordHeader
      overline="lentera.requests.show.registration_number"
      title={record.number}
      titleTestId="request-number"
      chips={
        <>
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
            {translate('lentera.requests.show.received', { at: dateTime(record.receivedAt) })}
          </Typography>
          {record.trackingCode && (
            <Typography variant="body2" color="text.secondary" data-testid="tracking-code">
              {translate('lentera.requests.show.tracking_code')}:{' '}
              <Box component="span" sx={{ fontFamily: 'monospace', fontWeight: 600, color: 'text.primary' }}>
                {record.trackingCode}
              </Box>
            </Typography>
          )}
        </>
      }
      aside={<DocumentButtons record={record} />}
      actions={<RequestActions record={record} />}
    >
      <ElectionLine matter={record} />
      <RequesterLine requester={record.requester} testId="request-requester" />
    </RecordHeader>
  );
};

const DetailsCard = ({ record }: { record: InfoRequest }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dateTime = useOfficeDateTime();
  return (
    <Panel title="lentera.requests.show.details">
      <Detail label="resources.requests.fields.informationRequested">{record.informationRequested}</Detail>
      <Detail label="resources.requests.fields.purpose">{record.purpose}</Detail>
      <MethodDetails resource="requests" obtain={record.obtainMethods} delivery={record.deliveryMethods} />
      {record.decision && (
        <>
          <Detail label="resources.requests.fields.decision">
            {translate(`lentera.requests.decisions.${record.decision}`)}
            {record.decidedAt ? ` · ${dateTime(record.decidedAt)}` : ''}
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
          {dateTime(record.deliveredAt)}
        </Detail>
      )}
      {record.withdrawReason && <Detail label="lentera.requests.show.withdrawn">{record.withdrawReason}</Detail>}
    </Panel>
  );
};

/** One request: the legal clock, the desk's SOP steps, the disposition, the decision and the timeline. */
const RequestShow = () => (
  <RecordShow<InfoRequest> title={titled('requests', (record) => record.number)}>
    {(record) => (
      <Columns
        header={
          <>
            <OverdueBanner
              flags={record.flags}
              due={record.effectiveDueDate}
              messages="lentera.requests.overdue_banner"
            />
            <Header record={record} />
          </>
        }
        left={
          <>
            <DeadlineCard record={record} />
            <StepsCard record={record} />
            <DetailsCard record={record} />
            <RegisteredIdentity record={record} />
          </>
        }
        right={
          <>
            <AssignmentsCard record={record} />
            <TimelineCard record={record} />
          </>
        }
      />
    )}
  </RecordShow>
);

export default RequestShow;
