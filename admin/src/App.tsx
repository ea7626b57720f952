import { Suspense, lazy } from 'react';
import { Admin, Loading, Resource } from 'react-admin';
import auditLogs from './audit-logs';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Layout, LoginPage } from './layout';
import offices from './offices';
import { lenteraTheme } from './theme';
import users from './users';

// Charts will live on the dashboard: keep it (and recharts) out of the initial bundle.
const LazyDashboard = lazy(() => import('./dashboard/Dashboard'));

const Dashboard = () => (
  <Suspense fallback={<Loading />}>
    <LazyDashboard />
  </Suspense>
);

export const App = () => (
  <Admin
    title="Lentera"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    loginPage={LoginPage}
    dashboard={Dashboard}
    theme={lenteraTheme}
    requireAuth
    disableTelemetry
  >
    <Resource name="users" {...users} />
    <Resource name="offices" {...offices} />
    <Resource name="audit-logs" {...auditLogs} />
  </Admin>
);
