import type { SvgIconComponent } from '@mui/icons-material';
import { Suspense, type ComponentType } from 'react';
import { Loading, useCreatePath, usePermissions, useResourceDefinitions, type ResourceDefinition } from 'react-admin';
import { Navigate } from 'react-router';
import { canAccess, type ResourceName } from './access';
import dailySheet from './daily-sheet';
import liaisonReports from './liaison-reports';
import mailTemplates from './mail-templates';
import metrics from './metrics';
import queue from './queue';
import ruleSets from './rule-sets';
import settings from './settings';

interface PageDefinition {
  page: ComponentType;
  icon: SvgIconComponent;
}

/**
 * The screens that are not resources (no list of records, no show/edit): mounted as `<CustomRoutes>` at /<name>, as
 * react-admin's demo mounts its segments page. Each asks the API for one answer (the queue board, a day's sheet, the
 * figures, the office's settings, the rule sets, the liaison reports) and is loaded lazily.
 */
export const PAGES = {
  queue,
  metrics,
  'daily-sheet': dailySheet,
  'liaison-reports': liaisonReports,
  'rule-sets': ruleSets,
  settings,
  'mail-templates': mailTemplates,
} satisfies Partial<Record<ResourceName, PageDefinition>>;

export type PageName = keyof typeof PAGES;

const isPage = (name: string): name is PageName => Object.prototype.hasOwnProperty.call(PAGES, name);

/**
 * A page only for those whose permissions open it (access.ts, the same rule as the resources' screens; the server
 * checks again): the others go to react-admin's access-denied page, as a resource's list sends them.
 */
export const PageRoute = ({ name }: { name: PageName }) => {
  const { permissions, isPending } = usePermissions<string[]>();
  if (isPending) return <Loading />;
  if (!canAccess(permissions, { action: 'list', resource: name })) return <Navigate to="/access-denied" replace />;
  const Page = PAGES[name].page;
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
};

/** Where a screen of the menu lives and its icon: a resource's list, or a page of PAGES. */
export interface Screen {
  name: ResourceName;
  to: string;
  icon?: ComponentType;
}

/** The screens among `names` that this console mounts (a resource or a page), with their path and icon. */
export function useScreens(names: readonly ResourceName[]): Screen[] {
  const definitions: Record<string, ResourceDefinition> = useResourceDefinitions();
  const createPath = useCreatePath();
  return names.flatMap((name): Screen[] => {
    if (isPage(name)) return [{ name, to: `/${name}`, icon: PAGES[name].icon }];
    const definition = definitions[name];
    return definition ? [{ name, to: createPath({ resource: name, type: 'list' }), icon: definition.icon }] : [];
  });
}
