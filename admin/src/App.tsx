import { Suspense, lazy } from 'react';
import { Admin, CustomRoutes, Loading, Resource } from 'react-admin';
import { Route } from 'react-router';
import auditLogs from './audit-logs';
import { dipEntries, dipVersions } from './dip';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import holidays from './holidays';
import outbox from './outbox';
import { i18nProvider } from './i18n';
import { Layout, LoginPage } from './layout';
import { PAGES, PageRoute, type PageName } from './pages';
import { ProfilePage } from './profile';
import monthlyReports from './monthly-reports';
import annualReports from './annual-reports';
import objections from './objections';
import offices from './offices';
import requesters from './requesters';
import requests from './requests';
import submissions from './submissions';
import tasks from './tasks';
import { lenteraTheme } from './theme';
import units from './units';
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
    <CustomRoutes>
      {(Object.keys(PAGES) as PageName[]).map((name) => (
        <Route key={name} path={`/${name}`} element={<PageRoute name={name} />} />
      ))}
      <Route
        path="/profil"
        element={
          <Suspense fallback={<Loading />}>
            <ProfilePage />
          </Suspense>
        }
      />
    </CustomRoutes>
    <Resource name="requests" {...requests} />
    <Resource name="monthly-reports" {...monthlyReports} />
    <Resource name="annual-reports" {...annualReports} />
    <Resource name="tasks" {...tasks} />
    <Resource name="submissions" {...submissions} />
    <Resource name="requesters" {...requesters} />
    <Resource name="objections" {...objections} />
    <Resource name="outbox" {...outbox} />
    <Resource name="dip-entries" {...dipEntries} />
    <Resource name="dip-versions" {...dipVersions} />
    <Resource name="holidays" {...holidays} />
    <Resource name="units" {...units} />
    <Resource name="users" {...users} />
    <Resource name="offices" {...offices} />
    <Resource name="audit-logs" {...auditLogs} />
  </Admin>
);
