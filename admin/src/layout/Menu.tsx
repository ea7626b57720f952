import { Divider, Typography } from '@mui/material';
import { Fragment } from 'react';
import { Menu as RaMenu, usePermissions, useSidebarState, useTranslate } from 'react-admin';
import { menuGroups, type MenuGroup } from '../access';
import { useScreens } from '../pages';

const GroupHeading = ({ label }: { label: string }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  if (!open) return <Divider sx={{ my: 1 }} />;
  return (
    <Typography
      variant="overline"
      component="div"
      color="text.secondary"
      sx={{ px: 2, pt: 1.5, pb: 0.25, fontWeight: 600, letterSpacing: 1, lineHeight: 1.6 }}
    >
      {translate(label)}
    </Typography>
  );
};

/** A group's entries: resources (their list) and pages (CustomRoutes) alike, with the resource's name as the label. */
const GroupItems = ({ group }: { group: MenuGroup }) => {
  const translate = useTranslate();
  return (
    <>
      {useScreens(group.items).map(({ name, to, icon: Icon }) => (
        <RaMenu.Item
          key={name}
          to={to}
          state={{ _scrollToTop: true }}
          primaryText={translate(`resources.${name}.name`, { smart_count: 2 })}
          leftIcon={Icon ? <Icon /> : undefined}
        />
      ))}
    </>
  );
};

/** The menu in groups (service, configuration, audit), only with what the user may open; the server still checks every call. */
export const Menu = () => {
  const { permissions } = usePermissions<string[]>();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {menuGroups(permissions).map((group) => (
        <Fragment key={group.label ?? 'other'}>
          {group.label ? <GroupHeading label={group.label} /> : <Divider sx={{ my: 1 }} />}
          <GroupItems group={group} />
        </Fragment>
      ))}
    </RaMenu>
  );
};
