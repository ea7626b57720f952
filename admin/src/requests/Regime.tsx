import HowToVoteIcon from '@mui/icons-material/HowToVote';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Button as MuiButton, Chip, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { TextArea } from '../common/TextArea';
import { canClassifyRequest } from '../access';
import { ActionDialog } from '../common/ActionDialog';
import { useRecordAction } from '../common/mutations';
import { ELECTION_KIND_LABELS, REGIME_LABELS, isRegime, pick, type ElectionKind } from '../common/legal';
import type { InfoRequest } from '../api/types';
import { RegimeInputs } from './RegimeInputs';
import { regimePayload } from './payload';

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
  const { mutateAsync } = useRecordAction('requests', record.id, {
    done: () => ({ message: 'lentera.legal.classified' }),
  });
  const submit = (values: Record<string, unknown>) => {
    const note = typeof values.note === 'string' ? values.note.trim() : '';
    return mutateAsync({ action: 'classify', body: { ...regimePayload(values), ...(note ? { note } : {}) } });
  };
  return (
    <ActionDialog
      title={`${translate('lentera.legal.classify')} — ${record.number}`}
      help={
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('lentera.legal.classify_help')}
        </Typography>
      }
      testId="dialog-classify"
      errorTestId="classify-error"
      defaultValues={{
        regime: record.regime ?? 'general',
        electionKind: record.electionKind ?? '',
        electionName: record.electionName ?? '',
        electionStage: record.electionStage ?? '',
        note: '',
      }}
      saveLabel="lentera.legal.classify_save"
      saveIcon={<SwapHorizIcon />}
      onSubmit={submit}
      onClose={onClose}
    >
      <RegimeInputs />
      <TextArea
        source="note"
        label="lentera.legal.classify_note"
        helperText="lentera.legal.classify_note_hint"
        minRows={2}
        max={2000}
        optional
      />
    </ActionDialog>
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
