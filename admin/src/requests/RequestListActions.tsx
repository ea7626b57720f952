import { CreateButton, FilterButton, TopToolbar } from 'react-admin';
import { RegisterButtons } from '../common/RegisterButtons';
import { useCan } from '../common/useCan';
import { Permission } from '../permissions';
import { loadSession } from '../session';

/** The list's toolbar: filters, registering a request, and the register of the period (per regime). */
export const RequestListActions = () => {
  const canCreate = useCan('create', 'requests');
  const canRegister = Boolean(loadSession()?.user.permissions.includes(Permission.RequestRegister));
  return (
    <TopToolbar>
      <FilterButton />
      {canCreate && <CreateButton />}
      {canRegister && <RegisterButtons kind="requests" />}
    </TopToolbar>
  );
};
