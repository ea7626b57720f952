import { Box, Card, CardContent, Stack, Typography, type SxProps, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { useCan } from './useCan';

// a registration number: monospace; a phone fits the whole number (smaller, and it may break after a slash)
const NUMBER_SX: SxProps<Theme> = {
  fontFamily: 'monospace',
  fontWeight: 700,
  lineHeight: 1.2,
  fontSize: { xs: '1.35rem', sm: '2.125rem' },
  overflowWrap: 'anywhere',
};

/**
 * The head card of a record's page (a request, an objection, a report): what it is, its number or period in large
 * type, its chips, further lines, the documents on the right, and the lifecycle steps below.
 */
export const RecordHeader = ({
  overline,
  title,
  titleTestId,
  titleVariant = 'h4',
  titleSx = NUMBER_SX,
  testId,
  chips,
  chipsTestId,
  aside,
  actions,
  children,
}: {
  overline: string;
  title: ReactNode;
  titleTestId: string;
  titleVariant?: 'h4' | 'h5';
  /** a registration number by default; a month, a year or a title in the body face */
  titleSx?: SxProps<Theme>;
  testId?: string;
  chips?: ReactNode;
  chipsTestId?: string;
  aside?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Card sx={{ mb: 2, borderTop: '4px solid', borderTopColor: 'primary.main' }} data-testid={testId}>
      <CardContent>
        <Box
          sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'space-between' }}
        >
          <Box sx={{ minWidth: 0, flex: '1 1 auto' }}>
            <Typography variant="overline" color="text.secondary">
              {translate(overline, { smart_count: 1 })}
            </Typography>
            <Typography variant={titleVariant} component="h1" data-testid={titleTestId} sx={titleSx}>
              {title}
            </Typography>
            {chips && (
              <Stack
                direction="row"
                useFlexGap
                sx={{ flexWrap: 'wrap', gap: 1, mt: 1, alignItems: 'center' }}
                data-testid={chipsTestId}
              >
                {chips}
              </Stack>
            )}
            {children}
          </Box>
          {aside}
        </Box>
        {actions && <Box sx={{ mt: 2 }}>{actions}</Box>}
      </CardContent>
    </Card>
  );
};

/** The requester's name (a link for those who may open requesters) and kind, under a record's number. */
export const RequesterLine = ({
  requester,
  testId,
}: {
  requester: { id: number | string; name: string; type: string } | null | undefined;
  testId: string;
}) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const canOpen = useCan('show', 'requesters');
  if (!requester) return null;
  return (
    <Typography variant="h6" sx={{ mt: 1 }} data-testid={testId}>
      {canOpen ? (
        <Link to={createPath({ resource: 'requesters', id: requester.id, type: 'show' })}>{requester.name}</Link>
      ) : (
        requester.name
      )}
      <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
        {translate(`lentera.requesters.types.${requester.type}`)}
      </Typography>
    </Typography>
  );
};
