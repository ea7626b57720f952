import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A row of a list of named values (a rule of the version in force, a setting): the name in bold with its notes under
 * it, then the row's other columns (`columns` is the grid's template, `spacing` its gaps and padding), a line under every row but the last.
 */
export const NamedRow = ({
  name,
  notes,
  columns,
  spacing,
  testId,
  role,
  children,
}: {
  name: ReactNode;
  notes?: ReactNode;
  columns: string | Record<string, string>;
  spacing: { columnGap: number; rowGap: number; py: number };
  testId: string;
  role?: string;
  children: ReactNode;
}) => (
  <Box
    role={role}
    data-testid={testId}
    sx={{
      display: 'grid',
      gridTemplateColumns: columns,
      ...spacing,
      borderBottom: 1,
      borderColor: 'divider',
      '&:last-of-type': { borderBottom: 0 },
    }}
  >
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {name}
      </Typography>
      {notes}
    </Box>
    {children}
  </Box>
);
