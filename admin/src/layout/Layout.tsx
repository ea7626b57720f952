import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout, Sidebar as RaSidebar, useSidebarState, useStore, type SidebarProps } from 'react-admin';
import { useSmall } from '../common/useSmall';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/**
 * react-admin's side menu, except when a desktop window is narrowed to a phone's width with the menu open: react-admin
 * then mounts the phone's drawer already open and, closed a moment later, leaves its empty overlay over the page,
 * taking every click. Here the menu remembers the width its state was set for; on the render that crosses into a
 * phone's width the drawer starts closed, as on a phone, and the side menu comes back open when the window is widened.
 */
const Sidebar = (props: SidebarProps) => {
  const small = useSmall();
  const width = small ? 'phone' : 'desktop';
  const [open, setOpen] = useSidebarState();
  const [followed, setFollowed] = useStore<'phone' | 'desktop'>('sidebar.width', width);
  useEffect(() => {
    if (followed === width) return;
    setOpen(width === 'desktop');
    setFollowed(width);
  }, [width, followed, setOpen, setFollowed]);
  return <RaSidebar {...props} open={width === 'phone' && followed !== 'phone' ? false : open} />;
};

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={Menu} sidebar={Sidebar}>
    {children}
  </RaLayout>
);
