import { Suspense, useEffect, type ReactNode } from 'react';
import {
  Loading,
  Layout as RaLayout,
  Sidebar as RaSidebar,
  useSidebarState,
  useStore,
  type SidebarProps,
} from 'react-admin';
import { usePickers } from '../common/DateInputId';
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

/** The signed-in screens wait for the date pickers (not in the first load: see common/DateInputId.tsx). */
const WithPickers = ({ children }: { children: ReactNode }) => {
  usePickers();
  return children;
};

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={Menu} sidebar={Sidebar}>
    <Suspense fallback={<Loading />}>
      <WithPickers>{children}</WithPickers>
    </Suspense>
  </RaLayout>
);
