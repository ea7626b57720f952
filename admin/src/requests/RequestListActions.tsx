import { CreateButton, FilterButton, TopToolbar } from 'react-admin';
import { ExportMenu } from '../common/ExportMenu';
import { RegisterButtons } from '../common/RegisterButtons';
import { useCan } from '../common/useCan';
import { Permission } from '../permissions';
import { loadSession } from '../session';
import { requestExport } from './exportSpec';

/** The list's toolbar: filters, registering a request, the register of the period (per regime), the export. */
export const RequestListActions = () => {
  const canCreate = useCan('create', 'requests');
  const canRegister = Boolean(loadSession()?.user.permissions.includes(Permission.RequestRegister));
  return (
    <TopToolbar>
      <FilterButton />
      {canCreate && <CreateButton />}
      {canRegister && <RegisterButtons kind="requests" />}
      <ExportMenu spec={requestExport} />
    </TopToolbar>
  );
};
