import { Box, Card, CardContent, Typography } from '@mui/material';
import { LinkBase, useLocaleState, useTranslate } from 'react-admin';
import { pick } from '../common/legal';
import { useWaiting, waitingLink } from './useWaiting';

/**
 * "Menunggu Anda" on the home page: every kind of work the user's role does, with its count (0 included, so the page
 * also says what is done), each opening its list.
 */
export const WaitingPanel = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useWaiting();
  if (error || (!isPending && !data?.items.length)) return null;
  return (
    <Card sx={{ mb: 2 }} data-testid="waiting-panel">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('lentera.waiting.title')}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
          {(data?.items ?? []).map((item) => (
            <Box
              key={item.key}
              component={LinkBase}
              to={waitingLink(item)}
              data-testid={`waiting-${item.key}`}
              sx={{
                flex: '1 1 200px',
                p: 1.5,
                border: 1,
                borderColor: 'divider',
                borderLeft: 4,
                borderLeftColor: item.count === 0 ? 'success.main' : item.urgent ? 'error.main' : 'warning.main',
                borderRadius: 1,
                textDecoration: 'none',
                color: 'inherit',
                '&:hover': { bgcolor: 'action.hover' },
              }}
            >
              <Typography
                variant="h5"
                component="div"
                sx={{ fontWeight: 700, color: item.count && item.urgent ? 'error.main' : 'text.primary' }}
              >
                {item.count}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {pick(item.label, locale)}
              </Typography>
            </Box>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};
