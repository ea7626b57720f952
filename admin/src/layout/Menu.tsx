import { Menu as RaMenu, usePermissions } from 'react-admin';
import { accessibleResources } from '../access';

/** Only the resources the signed-in user may open (the server still checks every call). */
export const Menu = () => {
  const { permissions } = usePermissions<string[]>();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {accessibleResources(permissions).map((name) => (
        <RaMenu.ResourceItem key={name} name={name} />
      ))}
    </RaMenu>
  );
};
