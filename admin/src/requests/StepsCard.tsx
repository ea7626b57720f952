import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import ReplayIcon from '@mui/icons-material/Replay';
import StopIcon from '@mui/icons-material/Stop';
import { Box, Button as MuiButton, Chip, LinearProgress, Typography } from '@mui/material';
import { useNotify, usePermissions, useTranslate } from 'react-admin';
import { canRecordSteps } from '../access';
import { Panel } from '../common/Panel';
import { useApiMutation } from '../common/mutations';
import { formatDuration } from '../common/dates';
import { useRules } from '../common/rules';
import { useNow } from '../common/useNow';
import type { InfoRequest, RequestStep } from '../api/types';

/** Seconds a step took (or, while it runs, has taken so far). */
export function stepSeconds(step: RequestStep | undefined, now: number): number | null {
  if (!step) return null;
  if (step.durationSeconds !== null && step.durationSeconds !== undefined) return step.durationSeconds;
  const started = new Date(step.startedAt).getTime();
  return Number.isNaN(started) ? null : Math.max(0, (now - started) / 1000);
}

const StepRow = ({
  record,
  number,
  step,
  standard,
  canEdit,
}: {
  record: InfoRequest;
  number: 1 | 2 | 3;
  step?: RequestStep;
  standard: number;
  canEdit: boolean;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const save = useApiMutation(
    (dataProvider, body: { startedAt: string; endedAt?: string | null }) =>
      dataProvider.send('PUT', `requests/${encodeURIComponent(record.id)}/steps/${number}`, body),
    ['requests'],
  );
  const busy = save.isPending;
  const running = !!step && !step.endedAt;
  const now = useNow(running);
  const seconds = stepSeconds(step, now);
  const minutes = step?.standardMinutes ?? standard;
  const ratio = seconds === null ? 0 : seconds / (minutes * 60);
  const over = ratio > 1;

  const record_ = (body: { startedAt: string; endedAt?: string | null }) =>
    save.mutate(body, { onError: (error) => notify(error.message, { type: 'error' }) });

  return (
    <Box
      sx={{ py: 1.25, borderBottom: 1, borderColor: 'divider', '&:last-of-type': { borderBottom: 0 } }}
      data-testid={`step-${number}`}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 600, flex: 1, minWidth: 200 }}>
          {translate(`lentera.requests.steps.step${number}`)}
        </Typography>
        {seconds === null ? (
          <Typography variant="body2" color="text.secondary">
            {translate('lentera.requests.steps.not_started')}
          </Typography>
        ) : (
          <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {translate(running ? 'lentera.requests.steps.running' : 'lentera.requests.steps.duration', {
              duration: formatDuration(seconds),
              standard: minutes,
            })}
          </Typography>
        )}
        {step?.endedAt && (
          <Chip
            size="small"
            color={over ? 'error' : 'success'}
            variant="outlined"
            label={translate(over ? 'lentera.requests.steps.over' : 'lentera.requests.steps.within')}
          />
        )}
        {canEdit && number !== 1 && !running && (
          <MuiButton
            size="small"
            variant={step ? 'text' : 'outlined'}
            startIcon={step ? <ReplayIcon /> : <PlayArrowIcon />}
            disabled={busy}
            onClick={() => record_({ startedAt: new Date().toISOString() })}
          >
            {translate(step ? 'lentera.requests.steps.restart' : 'lentera.requests.steps.start')}
          </MuiButton>
        )}
        {canEdit && number !== 1 && running && step && (
          <MuiButton
            size="small"
            variant="contained"
            startIcon={<StopIcon />}
            disabled={busy}
            onClick={() => record_({ startedAt: step.startedAt, endedAt: new Date().toISOString() })}
          >
            {translate('lentera.requests.steps.stop')}
          </MuiButton>
        )}
      </Box>
      {seconds !== null && (
        <LinearProgress
          variant="determinate"
          value={Math.min(100, ratio * 100)}
          color={over ? 'error' : ratio > 0.8 ? 'warning' : 'success'}
          aria-label={translate(`lentera.requests.steps.step${number}`)}
          sx={{ mt: 0.75, height: 4, borderRadius: 2 }}
        />
      )}
    </Box>
  );
};

/** SOP 1 steps at the desk: step 1 is timed by the intake form; steps 2 and 3 by Start/Stop here. */
export const StepsCard = ({ record }: { record: InfoRequest }) => {
  const { permissions } = usePermissions<string[]>();
  const rules = useRules();
  const canEdit = canRecordSteps(permissions);
  const steps = new Map((record.steps ?? []).map((s) => [Number(s.step), s]));
  return (
    <Panel title="lentera.requests.steps.title" testId="steps-card">
      {([1, 2, 3] as const).map((n) => (
        <StepRow
          key={n}
          record={record}
          number={n}
          step={steps.get(n)}
          standard={Number(rules[`sop.step${n}Minutes`]) || 10}
          canEdit={canEdit}
        />
      ))}
    </Panel>
  );
};
