import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { useState } from 'react';
import { Button, useNotify, usePermissions, useRecordContext } from 'react-admin';
import { Permission } from '../permissions';
import { API_URL, authFetch } from '../session';
import type { Office } from '../types';

function fileNameFrom(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (utf8) return decodeURIComponent(utf8[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}

/** GET /api/offices/:id/users.pdf with the bearer token, then hands the blob to the browser as a download. */
export const DownloadUsersPdfButton = () => {
  const office = useRecordContext<Office>();
  const notify = useNotify();
  const { permissions } = usePermissions<string[]>();
  const [busy, setBusy] = useState(false);
  if (!office || !permissions?.includes(Permission.UserRead)) return null;

  const download = async () => {
    setBusy(true);
    try {
      const response = await authFetch(`${API_URL}/offices/${encodeURIComponent(office.id)}/users.pdf`, {
        headers: { Accept: 'application/pdf' },
      });
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameFrom(response, `pengguna-${office.code}.pdf`);
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
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
    <Button
      onClick={download}
      disabled={busy}
      label={busy ? 'lentera.offices.downloading' : 'lentera.offices.download_users_pdf'}
    >
      <PictureAsPdfIcon />
    </Button>
  );
};
