import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, Divider, IconButton, ListItemText, Menu, MenuItem, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { LinkBase, useLocaleState, useTranslate } from 'react-admin';
import { pick } from '../common/legal';
import { useWaiting, waitingLink } from './useWaiting';

/**
 * The notification centre in the app bar: a bell with the number of items waiting for the user (red when something
 * is overdue or due today); each line opens the list that holds that work.
 */
export const WaitingBell = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useWaiting();
  // the kinds with work waiting (the answer holds the role's kinds at 0 too, for the home panel)
  const items = data?.items.filter((i) => i.count > 0) ?? [];
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const total = data?.total ?? 0;
  const label = translate('lentera.waiting.bell', { smart_count: total });
  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          data-testid="waiting-bell"
          onClick={(e) => setAnchor(e.currentTarget)}
        >
          <Badge badgeContent={total} max={99} color={data?.urgent ? 'error' : 'warning'} data-testid="waiting-count">
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Menu
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { maxWidth: 360 } } }}
      >
        <Typography variant="subtitle2" sx={{ px: 2, py: 1 }}>
          {translate('lentera.waiting.title')}
        </Typography>
        <Divider />
        {items.length ? (
          items.map((item) => (
            <MenuItem
              key={item.key}
              component={LinkBase}
              to={waitingLink(item)}
              onClick={() => setAnchor(null)}
              data-testid={`waiting-item-${item.key}`}
            >
              <ListItemText
                primary={pick(item.label, locale)}
                slotProps={{ primary: { sx: { whiteSpace: 'normal' } } }}
              />
              <Typography
                variant="body2"
                sx={{ ml: 2, fontWeight: 700, color: item.urgent ? 'error.main' : 'text.primary' }}
              >
                {item.count}
              </Typography>
            </MenuItem>
          ))
        ) : (
          <MenuItem disabled>{translate('lentera.waiting.nothing')}</MenuItem>
        )}
      </Menu>
    </>
  );
};
