import { Suspense, lazy } from 'react';
import { Admin, Loading, Resource } from 'react-admin';
import auditLogs from './audit-logs';
import dailySheet from './daily-sheet';
import { dipEntries, dipVersions } from './dip';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import holidays from './holidays';
import outbox from './outbox';
import { i18nProvider } from './i18n';
import { Layout, LoginPage } from './layout';
import liaisonReports from './liaison-reports';
import metrics from './metrics';
import monthlyReports from './monthly-reports';
import annualReports from './annual-reports';
import objections from './objections';
import offices from './offices';
import queue from './queue';
import requesters from './requesters';
import requests from './requests';
import ruleSets from './rule-sets';
import settings from './settings';
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
    <Resource name="requests" {...requests} />
    <Resource name="queue" {...queue} />
    <Resource name="metrics" {...metrics} />
    <Resource name="monthly-reports" {...monthlyReports} />
    <Resource name="annual-reports" {...annualReports} />
    <Resource name="liaison-reports" {...liaisonReports} />
    <Resource name="daily-sheet" {...dailySheet} />
    <Resource name="tasks" {...tasks} />
    <Resource name="submissions" {...submissions} />
    <Resource name="requesters" {...requesters} />
    <Resource name="objections" {...objections} />
    <Resource name="outbox" {...outbox} />
    <Resource name="dip-entries" {...dipEntries} />
    <Resource name="dip-versions" {...dipVersions} />
    <Resource name="holidays" {...holidays} />
    <Resource name="rule-sets" {...ruleSets} />
    <Resource name="settings" {...settings} />
    <Resource name="units" {...units} />
    <Resource name="users" {...users} />
    <Resource name="offices" {...offices} />
    <Resource name="audit-logs" {...auditLogs} />
  </Admin>
);
