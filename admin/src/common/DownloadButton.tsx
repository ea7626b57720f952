import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { useState, type ReactElement } from 'react';
import { Button, useNotify } from 'react-admin';
import { downloadFile } from './download';

/** Runs a download (or an issue that ends in one): busy meanwhile, a failure told in a notification. */
export const useDownloadRun = () => {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notify('lentera.offices.download_failed', { type: 'error', messageArgs: { message: (error as Error).message } });
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
};

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
  const { busy, run } = useDownloadRun();
  const download = () => run(() => downloadFile(path, fileName, accept));
  return (
    <Button onClick={download} disabled={busy} label={busy ? 'lentera.offices.downloading' : label} variant={variant}>
      {icon}
    </Button>
  );
};
