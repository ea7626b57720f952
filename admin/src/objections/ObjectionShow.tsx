import { Alert, Chip, Typography } from '@mui/material';
import { Link, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { BigDate, DeadlinePanel } from '../common/ClockList';
import { Detail, Panel } from '../common/Panel';
import { RecordHeader, RequesterLine } from '../common/RecordHeader';
import { Columns, RecordShow, titled } from '../common/RecordShow';
import { OverdueBanner } from '../common/Deadline';
import { RegisteredIdentity } from '../requesters/RegisteredIdentity';
import { RegimeChip } from '../requests/Regime';
import { formatDate } from '../common/dates';
import { useOfficeDateTime } from '../common/fields';
import { useCan } from '../common/useCan';
import { ObjectionActions } from './ObjectionActions';
import { ResponseDocumentButton as DocumentButtons } from './ResponseDocumentButton';
import { TimelineCard } from './TimelineCard';
import { DecisionChip, ObjectionDueBadge, ObjectionStatusChip } from './fields';
import type { Objection } from './types';

const Header = ({ record }: { record: Objection }) => {
  const translate = useTranslate();
  const dateTime = useOfficeDateTime();
  const createPath = useCreatePath();
  const canOpenRequest = useCan('show', 'requests');
  const { request } = record;
  const requestLine = request && translate('lentera.objections.show.request_link', { number: request.number });
  return (
    <RecordHeader
      overline="lentera.objections.show.registration_number"
      title={record.number}
      titleTestId="objection-number"
      chipsTestId="objection-status"
      chips={
        <>
          <ObjectionStatusChip status={record.status} size="medium" />
          <DecisionChip decision={record.decision} size="medium" />
          <RegimeChip regime={record.regime} size="medium" />
          <Typography variant="body2" color="text.secondary">
            {translate('lentera.objections.show.filed', { at: dateTime(record.filedAt) })}
          </Typography>
        </>
      }
      aside={<DocumentButtons record={record} />}
      actions={<ObjectionActions record={record} />}
    >
      <RequesterLine requester={record.requester} testId="objection-requester" />
      <Typography variant="body2" sx={{ mt: 0.5 }} data-testid="objection-request">
        {request ? (
          canOpenRequest ? (
            <Link to={createPath({ resource: 'requests', id: request.id, type: 'show' })}>{requestLine}</Link>
          ) : (
            requestLine
          )
        ) : (
          translate('lentera.objections.show.no_request')
        )}
      </Typography>
    </RecordHeader>
  );
};

/**
 * The legal clocks, in the regime the objection follows (its request's: UU KIP or PerKI 1/2019): the Atasan PPID's
 * answer, the filing window (and a late filing's reason), the dispute window — each clock with how it was counted.
 */
const DeadlineCard = ({ record }: { record: Objection }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const date = (value: string | null) => formatDate(value, locale);
  const values = record.ruleSet?.values;
  // the rule set's own numbers (30 working days in general, 3 for election information); the law's when unknown
  const days = {
    answer: values?.objectionAnswerDays ?? 30,
    filing: values?.objectionFilingDays ?? 30,
    dispute: values?.disputeFilingDays ?? 14,
  };
  return (
    <DeadlinePanel
      title="lentera.objections.deadline.title"
      dates={
        <BigDate
          label={translate('lentera.objections.deadline.response_due', { days: days.answer })}
          date={record.responseDueDate}
          testId="response-due-date"
        />
      }
      state={
        record.status === 'registered' ? (
          <ObjectionDueBadge record={record} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {record.decisionDate
              ? translate('lentera.objections.deadline.answered_on', {
                  date: formatDate(record.decisionDate, locale, { weekday: true }),
                })
              : translate('lentera.objections.deadline.stopped')}
          </Typography>
        )
      }
      stateTestId="response-due-badge"
      clocks={record.clocks}
      clocksTestId="objection-clocks"
      ruleSet={record.ruleSet}
    >
      <Detail label="lentera.objections.deadline.ground_date">{date(record.groundDate)}</Detail>
      <Detail label="lentera.objections.deadline.filed">{date(record.filedDate)}</Detail>
      <Detail label={translate('lentera.objections.deadline.filing_deadline', { days: days.filing })}>
        {date(record.filingDeadline)}{' '}
        <Chip
          size="small"
          sx={{ ml: 1 }}
          color={record.late ? 'warning' : 'success'}
          variant="outlined"
          label={translate(record.late ? 'lentera.objections.deadline.late' : 'lentera.objections.deadline.on_time')}
          data-testid="filing-late"
        />
      </Detail>
      {record.late && record.lateAcceptedReason && (
        <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="late-reason">
          {translate('lentera.objections.deadline.late_reason')}: {record.lateAcceptedReason}
        </Alert>
      )}
      {record.disputeDeadline && (
        <Detail label={translate('lentera.objections.deadline.dispute_deadline', { days: days.dispute })}>
          {date(record.disputeDeadline)}
        </Detail>
      )}
    </DeadlinePanel>
  );
};

const DetailsCard = ({ record }: { record: Objection }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dateTime = useOfficeDateTime();
  return (
    <Panel title="lentera.objections.show.details" testId="details-card">
      <Detail label="resources.objections.fields.grounds">
        {record.grounds.map((g) => translate(`lentera.objections.grounds.${g}`, { _: g })).join('\n')}
      </Detail>
      <Detail label="resources.objections.fields.reasons">{record.reasons}</Detail>
      {record.request && (
        <Detail label="lentera.objections.show.information">{record.request.informationRequested}</Detail>
      )}
      {record.proxyName && <Detail label="lentera.objections.show.proxy">{record.proxyName}</Detail>}
      {record.decision && (
        <>
          <Typography variant="overline" component="h3" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
            {translate('lentera.objections.show.decision_title')}
          </Typography>
          <Detail label="resources.objections.fields.decision">
            {translate(`lentera.objections.decisions.${record.decision}`)}
            {record.decidedAt
              ? ` · ${translate('lentera.objections.show.decided_on', { at: dateTime(record.decidedAt) })}`
              : ''}
          </Detail>
          {record.decisionReason && <Detail label="lentera.objections.show.reason">{record.decisionReason}</Detail>}
          {record.instruction && <Detail label="lentera.objections.show.instruction">{record.instruction}</Detail>}
        </>
      )}
      {record.requesterReaction && (
        <Detail label="lentera.objections.show.requester_reaction">{record.requesterReaction}</Detail>
      )}
      {record.disputeFiledDate && (
        <>
          <Typography variant="overline" component="h3" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
            {translate('lentera.objections.show.dispute_title')}
          </Typography>
          <Detail label="lentera.objections.show.dispute_filed">{formatDate(record.disputeFiledDate, locale)}</Detail>
          {record.kiRegistrationNumber && (
            <Detail label="lentera.objections.show.ki_number">{record.kiRegistrationNumber}</Detail>
          )}
          {record.disputeStage && (
            <Detail label="lentera.objections.show.stage">
              {translate(`lentera.objections.stages.${record.disputeStage}`, { _: record.disputeStage })}
            </Detail>
          )}
          {record.disputeOutcome && <Detail label="lentera.objections.show.outcome">{record.disputeOutcome}</Detail>}
          {record.complianceNote && <Detail label="lentera.objections.show.compliance">{record.complianceNote}</Detail>}
          {record.courtAction && <Detail label="lentera.objections.show.court_action">{record.courtAction}</Detail>}
        </>
      )}
    </Panel>
  );
};

/** One objection: the clocks, the grounds and reasons, the Atasan PPID's answer, the dispute, and the timeline. */
const ObjectionShow = () => (
  <RecordShow<Objection> title={titled('objections', (record) => record.number)}>
    {(record) => (
      <Columns
        header={
          <>
            <OverdueBanner
              flags={record.flags}
              due={record.responseDueDate}
              messages="lentera.objections.overdue_banner"
            />
            <Header record={record} />
          </>
        }
        left={
          <>
            <DeadlineCard record={record} />
            <DetailsCard record={record} />
            <RegisteredIdentity record={record} />
          </>
        }
        right={<TimelineCard events={record.events} />}
      />
    )}
  </RecordShow>
);

export default ObjectionShow;
