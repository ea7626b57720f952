import DownloadIcon from '@mui/icons-material/Download';
import { Box, Chip, IconButton, Tooltip, Typography, type ChipProps } from '@mui/material';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { downloadFile } from '../common/download';
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
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  if (!files?.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('lentera.upload.none')}
      </Typography>
    );
  }
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="submission-files">
      {files.map((f) => (
        <Box
          component="li"
          key={f.id}
          sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.5, borderBottom: 1, borderColor: 'divider' }}
        >
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="body2" noWrap title={f.originalName}>
              {translate(`lentera.requesters.kinds.${f.kind}`, { _: f.kind })} · {f.originalName}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {f.mime} · {formatBytes(f.size, locale)}
            </Typography>
          </Box>
          <Tooltip title={translate('lentera.upload.download')}>
            <IconButton
              size="small"
              aria-label={translate('lentera.upload.download')}
              onClick={() =>
                downloadFile(`attachments/${encodeURIComponent(f.id)}`, f.originalName, f.mime).catch((error: Error) =>
                  notify('lentera.offices.download_failed', { type: 'error', messageArgs: { message: error.message } }),
                )
              }
            >
              <DownloadIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        </Box>
      ))}
    </Box>
  );
};
