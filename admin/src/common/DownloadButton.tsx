import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { useState, type ReactElement } from 'react';
import { Button, useNotify } from 'react-admin';
import { downloadFile } from './download';

/** A toolbar button that downloads an API file (PDF by default) with the bearer token. */
export const DownloadButton = ({
  path,
  fileName,
  label,
  icon = <PictureAsPdfIcon />,
  accept,
  variant,
}: {
  path: string;
  fileName: string;
  label: string;
  icon?: ReactElement;
  accept?: string;
  variant?: 'text' | 'outlined' | 'contained';
}) => {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadFile(path, fileName, accept);
    } catch (error) {
      notify('lentera.offices.download_failed', {
        type: 'error',
        messageArgs: { message: (error as Error).message },
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button onClick={download} disabled={busy} label={busy ? 'lentera.offices.downloading' : label} variant={variant}>
      {icon}
    </Button>
  );
};
