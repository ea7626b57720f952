import HowToVoteIcon from '@mui/icons-material/HowToVote';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import {
  Alert,
  Box,
  Button as MuiButton,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Form,
  SaveButton,
  TextInput,
  maxLength,
  useLocaleState,
  useNotify,
  usePermissions,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { canClassifyRequest } from '../access';
import { fieldErrorsOf, sendJson } from '../common/api';
import { ELECTION_KIND_LABELS, REGIME_LABELS, isRegime, pick, type ElectionKind } from '../common/legal';
import type { InfoRequest } from '../api/types';
import { RegimeInputs } from './RegimeInputs';
import { fieldErrorLines } from './actions';
import { regimePayload } from './payload';
import { useSmall } from '../common/useSmall';

/** The regime as a chip: general information, or (highlighted) information about the Pemilu/Pemilihan. */
export const RegimeChip = ({
  regime,
  size = 'small',
}: {
  regime: string | null | undefined;
  size?: 'small' | 'medium';
}) => {
  const [locale] = useLocaleState();
  if (!isRegime(regime)) return null;
  const election = regime === 'election';
  return (
    <Chip
      size={size}
      icon={election ? <HowToVoteIcon /> : <InfoOutlinedIcon />}
      color={election ? 'warning' : 'default'}
      variant={election ? 'filled' : 'outlined'}
      label={pick(REGIME_LABELS[regime], locale)}
      data-testid="regime-chip"
      data-regime={regime}
    />
  );
};

/** "Pemilihan Gubernur, Bupati, dan Wali Kota · Pemilihan Bupati Lebak 2029 · tahap rekapitulasi" */
export function electionLine(
  matter: { electionKind?: string | null; electionName?: string | null; electionStage?: string | null },
  locale: string,
  stageWord: string,
): string {
  const kind = matter.electionKind ? ELECTION_KIND_LABELS[matter.electionKind as ElectionKind] : undefined;
  return [
    kind ? pick(kind, locale) : matter.electionKind,
    matter.electionName,
    matter.electionStage ? `${stageWord} ${matter.electionStage}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The election a request (or a web submission) concerns, under its regime chip. */
export const ElectionLine = ({
  matter,
}: {
  matter: {
    regime?: string | null;
    electionKind?: string | null;
    electionName?: string | null;
    electionStage?: string | null;
  };
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (matter.regime !== 'election') return null;
  const line = electionLine(matter, locale, translate('lentera.legal.stage_word'));
  return line ? (
    <Typography variant="body2" color="text.secondary" data-testid="election-line" sx={{ overflowWrap: 'anywhere' }}>
      {line}
    </Typography>
  ) : null;
};

const ClassifyDialog = ({ record, onClose }: { record: InfoRequest; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const small = useSmall();
  const [problem, setProblem] = useState<{ message: string; lines: string[] } | null>(null);
  const submit = async (values: Record<string, unknown>) => {
    setProblem(null);
    const note = typeof values.note === 'string' ? values.note.trim() : '';
    try {
      await sendJson('POST', `requests/${encodeURIComponent(record.id)}/classify`, {
        ...regimePayload(values),
        ...(note ? { note } : {}),
      });
      notify('lentera.legal.classified', { type: 'success' });
      onClose();
      refresh();
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setProblem({ message: (error as Error).message, lines: fieldErrorLines(fields) });
      return fields;
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth fullScreen={small} maxWidth="sm" data-testid="dialog-classify">
      <Form
        onSubmit={submit}
        record={{}}
        defaultValues={{
          regime: record.regime ?? 'general',
          electionKind: record.electionKind ?? '',
          electionName: record.electionName ?? '',
          electionStage: record.electionStage ?? '',
          note: '',
        }}
      >
        <DialogTitle>
          {translate('lentera.legal.classify')} — {record.number}
        </DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('lentera.legal.classify_help')}
          </Typography>
          <RegimeInputs />
          <TextInput
            source="note"
            label="lentera.legal.classify_note"
            helperText="lentera.legal.classify_note_hint"
            multiline
            minRows={2}
            validate={maxLength(2000)}
          />
          {problem && (
            <Alert severity="error" sx={{ mt: 1 }} data-testid="classify-error">
              {problem.message}
              {problem.lines.length > 0 && (
                <Box component="ul" sx={{ m: 0, pl: 2 }}>
                  {problem.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </Box>
              )}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
          <SaveButton label="lentera.legal.classify_save" icon={<SwapHorizIcon />} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/** "Ubah klasifikasi": offered until the decision (the server's allowedActions), to those who change requests. */
export const ClassifyButton = ({ record }: { record: InfoRequest }) => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const [open, setOpen] = useState(false);
  if (!canClassifyRequest(permissions, record.allowedActions)) return null;
  return (
    <>
      <MuiButton size="small" startIcon={<SwapHorizIcon />} onClick={() => setOpen(true)} data-testid="classify-button">
        {translate('lentera.legal.classify')}
      </MuiButton>
      {open && <ClassifyDialog record={record} onClose={() => setOpen(false)} />}
    </>
  );
};
