import { Chip, type ChipProps } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { FileRows } from '../common/FileUpload';
import { formatBytes } from '../common/upload';
import type { Attachment, SubmissionStatus } from '../api/types';

export const SUBMISSION_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export const submissionStatusChoices = SUBMISSION_STATUSES.map((id) => ({
  id,
  name: `lentera.submissions.statuses.${id}`,
}));

const COLORS: Record<SubmissionStatus, ChipProps['color']> = {
  pending: 'warning',
  accepted: 'success',
  rejected: 'default',
};

export const SubmissionStatusChip = ({ status }: { status: string | null | undefined }) => {
  const translate = useTranslate();
  if (!status) return null;
  return (
    <Chip
      size="small"
      label={translate(`lentera.submissions.statuses.${status}`, { _: status })}
      color={COLORS[status as SubmissionStatus] ?? 'default'}
      variant={status === 'pending' ? 'filled' : 'outlined'}
      data-status={status}
    />
  );
};

/** The files sent with the form (`{id, kind, originalName, mime, size}`), each downloaded with the bearer token. */
export const SubmissionFiles = ({
  files,
}: {
  files: Array<Pick<Attachment, 'id' | 'kind' | 'originalName' | 'mime' | 'size'>> | undefined;
}) => {
  const [locale] = useLocaleState();
  return (
    <FileRows
      files={files}
      kindPrefix="lentera.requesters.kinds"
      caption={(f) => `${f.mime} · ${formatBytes(f.size, locale)}`}
      testId="submission-files"
    />
  );
};
