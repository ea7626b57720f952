import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import { MenuItemLink, useUserMenu } from 'react-admin';

/** The user menu's way to one's own account page. */
export const ProfileMenuItem = () => {
  const menu = useUserMenu();
  return (
    <MenuItemLink
      to="/profil"
      primaryText="lentera.profile.menu"
      leftIcon={<AccountCircleIcon />}
      sidebarIsOpen
      onClick={menu?.onClose}
    />
  );
};
