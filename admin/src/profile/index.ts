import { lazy } from 'react';

// Every signed-in user's own page (the user menu's "Profil saya"), mounted with <CustomRoutes> at /profil in App.tsx:
// not in PAGES, whose pages are opened by permissions.
export const ProfilePage = lazy(() => import('./ProfilePage'));
export { ProfileMenuItem } from './ProfileMenuItem';
