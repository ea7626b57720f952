import AttachFileIcon from '@mui/icons-material/AttachFile';
import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import DownloadIcon from '@mui/icons-material/Download';
import {
  Box,
  Button as MuiButton,
  IconButton,
  MenuItem,
  TextField as MuiTextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useRef, useState, type ReactNode } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { Attachment } from '../api/types';
import { resourceOf, useApiMutation } from './mutations';
import { formatInZone } from './datetime';
import { downloadFile } from './download';
import { useOfficeTimeZone } from './fields';
import { UPLOAD_ACCEPT, formatBytes, uploadProblem } from './upload';

/**
 * Picks one PDF/JPEG/PNG (≤ 5 MB, checked here and again by the server) and POSTs it as multipart field
 * `file`, with an optional `kind` chosen from `kinds`.
 */
export const FileUpload = ({
  path,
  kinds,
  kindPrefix,
  testId,
}: {
  path: string;
  kinds?: readonly string[];
  kindPrefix?: string;
  testId?: string;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  // the record the file belongs to (requests/5/attachments → requests) and what it touches refetch
  const upload = useApiMutation(
    (dataProvider, { chosen, fields }: { chosen: File; fields: Record<string, string> }) =>
      dataProvider.upload(path, chosen, fields),
    [resourceOf(path)],
  );
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<string>(kinds?.[0] ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [locale] = useLocaleState();

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setProblem(chosen ? uploadProblem(chosen) : null);
  };

  const send = async () => {
    const why = uploadProblem(file);
    if (why || !file) {
      setProblem(why);
      return;
    }
    setBusy(true);
    try {
      await upload.mutateAsync({ chosen: file, fields: kinds ? { kind } : {} });
      notify('lentera.upload.done', { type: 'success', messageArgs: { name: file.name } });
      setFile(null);
      if (input.current) input.current.value = '';
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, mt: 1 }} data-testid={testId}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        {kinds && (
          <MuiTextField
            select
            size="small"
            label={translate('lentera.upload.kind')}
            value={kind}
            onChange={(event) => setKind(event.target.value)}
            sx={{ minWidth: 200 }}
          >
            {kinds.map((k) => (
              <MenuItem key={k} value={k}>
                {translate(`${kindPrefix}.${k}`, { _: k })}
              </MenuItem>
            ))}
          </MuiTextField>
        )}
        <MuiButton variant="outlined" startIcon={<AttachFileIcon />} onClick={() => input.current?.click()}>
          {translate('lentera.upload.choose')}
        </MuiButton>
        <input
          ref={input}
          type="file"
          accept={UPLOAD_ACCEPT}
          hidden
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
          data-testid={testId ? `${testId}-input` : undefined}
        />
        {file && (
          <Typography variant="body2">
            {file.name} ({formatBytes(file.size, locale)})
          </Typography>
        )}
        <MuiButton
          variant="contained"
          startIcon={<CloudUploadIcon />}
          disabled={!file || busy || !!problem}
          onClick={() => void send()}
        >
          {translate('lentera.upload.send')}
        </MuiButton>
      </Box>
      <Typography variant="caption" color={problem ? 'error' : 'text.secondary'}>
        {problem ? translate(problem, { _: problem }) : translate('lentera.upload.hint')}
      </Typography>
    </Box>
  );
};

type ListedFile = Pick<Attachment, 'id' | 'kind' | 'originalName' | 'mime' | 'size'>;

/**
 * Files one a row: the name (after its kind, where `kindPrefix` names the translations), a caption, and a button
 * that downloads it through GET /api/attachments/:id with the bearer token.
 */
export const FileRows = <F extends ListedFile>({
  files,
  kindPrefix,
  caption,
  testId,
}: {
  files: F[] | undefined;
  kindPrefix?: string;
  caption: (file: F) => ReactNode;
  testId?: string;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  if (!files?.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('lentera.upload.none')}
      </Typography>
    );
  }
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid={testId}>
      {files.map((f) => (
        <Box
          component="li"
          key={f.id}
          sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.5, borderBottom: 1, borderColor: 'divider' }}
        >
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="body2" noWrap title={f.originalName}>
              {kindPrefix ? `${translate(`${kindPrefix}.${f.kind}`, { _: f.kind })} · ` : ''}
              {f.originalName}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {caption(f)}
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

/** Uploaded files with their kind, size and time; each downloads through GET /api/attachments/:id. */
export const AttachmentList = ({ files, kindPrefix }: { files: Attachment[] | undefined; kindPrefix?: string }) => {
  const [locale] = useLocaleState();
  const timeZone = useOfficeTimeZone();
  return (
    <FileRows
      files={files}
      kindPrefix={kindPrefix}
      caption={(f) => `${formatBytes(f.size, locale)} · ${formatInZone(f.createdAt, timeZone, locale)}`}
    />
  );
};
