import { Table, TableBody, TableCell, TableHead, TableRow, type SxProps, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * A small table of figures or records on a card or a page: a head of plain column titles (message keys, translated)
 * and the rows the caller gives.
 */
export const SmallTable = ({
  head,
  children,
  sx,
  testId,
}: {
  head: string[];
  children: ReactNode;
  sx?: SxProps<Theme>;
  testId?: string;
}) => {
  const translate = useTranslate();
  return (
    <Table size="small" sx={sx} data-testid={testId}>
      <TableHead>
        <TableRow>
          {head.map((title) => (
            <TableCell key={title}>{translate(title)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>{children}</TableBody>
    </Table>
  );
};
