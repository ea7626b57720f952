import { Divider, Typography } from '@mui/material';
import { Fragment } from 'react';
import { Menu as RaMenu, usePermissions, useResourceDefinitions, useSidebarState, useTranslate } from 'react-admin';
import { menuGroups } from '../access';

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

/** The menu in groups (service, configuration, audit), only with what the user may open; the server still checks every call. */
export const Menu = () => {
  const { permissions } = usePermissions<string[]>();
  const definitions = useResourceDefinitions();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {menuGroups(permissions).map((group) => (
        <Fragment key={group.label ?? 'other'}>
          {group.label ? <GroupHeading label={group.label} /> : <Divider sx={{ my: 1 }} />}
          {group.items.map((name) => (definitions[name] ? <RaMenu.ResourceItem key={name} name={name} /> : null))}
        </Fragment>
      ))}
    </RaMenu>
  );
};
