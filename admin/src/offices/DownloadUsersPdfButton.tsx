import { usePermissions, useRecordContext } from 'react-admin';
import { PeriodDocumentButtons } from '../common/DocumentButtons';
import { Permission } from '../permissions';
import { loadSession } from '../session';
import type { Office } from '../api/types';

/**
 * The office's user list: issued (POST, numbered, confirmed) by the office itself; a DRAF preview (GET) of any office
 * one sees.
 */
export const DownloadUsersPdfButton = () => {
  const office = useRecordContext<Office>();
  const { permissions } = usePermissions<string[]>();
  if (!office || !permissions?.includes(Permission.UserRead)) return null;
  const own = String(loadSession()?.user.office.id) === String(office.id);
  const path = `offices/${encodeURIComponent(office.id)}/users.pdf`;
  return (
    <PeriodDocumentButtons
      testId="users-pdf"
      label="lentera.documents.kinds.user_list"
      issuePath={path}
      previewPath={path}
      body={{}}
      fileName={`pengguna-${office.code}.pdf`}
      canIssue={own}
    />
  );
};
