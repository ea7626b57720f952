import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Heading } from './SectionHeading';

/** A titled card of a detail page. */
export const Panel = ({
  title,
  action,
  children,
  testId,
}: {
  title: string;
  action?: ReactNode;
  children: ReactNode;
  testId?: string;
}) => {
  return (
    <Card sx={{ mb: 2 }} data-testid={testId}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1 }}>
          <Heading text={title} />
          {action}
        </Box>
        {children}
      </CardContent>
    </Card>
  );
};

/** A label above a value. */
export const Detail = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
        {translate(label)}
      </Typography>
      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Typography>
    </Box>
  );
};

/** The number or tracking code a panel is about, at its top in large monospace. */
export const PanelCode = ({ testId, children }: { testId: string; children: ReactNode }) => (
  <Typography variant="h5" sx={{ fontFamily: 'monospace', fontWeight: 700, mb: 1 }} data-testid={testId}>
    {children}
  </Typography>
);
