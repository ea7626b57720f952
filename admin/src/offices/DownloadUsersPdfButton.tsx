import { usePermissions, useRecordContext } from 'react-admin';
import { DownloadButton } from '../common/DownloadButton';
import { Permission } from '../permissions';
import type { Office } from '../types';

/** GET /api/offices/:id/users.pdf with the bearer token, then hands the blob to the browser as a download. */
export const DownloadUsersPdfButton = () => {
  const office = useRecordContext<Office>();
  const { permissions } = usePermissions<string[]>();
  if (!office || !permissions?.includes(Permission.UserRead)) return null;
  return (
    <DownloadButton
      path={`offices/${encodeURIComponent(office.id)}/users.pdf`}
      fileName={`pengguna-${office.code}.pdf`}
      label="lentera.offices.download_users_pdf"
    />
  );
};
