import { Box, ThemeProvider, type Breakpoint, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { DataTable, SimpleList, type DataTableProps, type RaRecord, type SimpleListProps } from 'react-admin';
import { useSmall } from './useSmall';

/**
 * What a list's card shows on a phone: the row's most important columns in two or three lines, `tertiaryText` (a state,
 * a date) at the top right. Each may render the table's own cells: the card holds its record.
 */
export type ListCard<T extends RaRecord> = Pick<SimpleListProps<T>, 'primaryText' | 'secondaryText' | 'tertiaryText'>;

type ResponsiveDataTableProps<T extends RaRecord> = DataTableProps<T> & {
  /** the card of a record on a phone */
  card: ListCard<T>;
  /** below which width cards replace the table: a phone (`sm`, 600 px) unless the table needs more room */
  below?: Breakpoint;
};

/**
 * The card's lines may hold the table's own cells (a chip, a due date with its badge): they are blocks, so the
 * card's text is too (a `<div>` rather than MUI's `<p>`/`<span>`, which may not hold one).
 */
const cardTheme = (outer: Theme): Theme => ({
  ...outer,
  components: {
    ...outer.components,
    MuiListItemText: {
      // MUI types `component` as the default element only, though the slot renders whatever it is given
      defaultProps: { slotProps: { primary: { component: 'div' as 'span' }, secondary: { component: 'div' as 'p' } } },
    },
  },
});

/** One line of a card; `lines` clamps a long text (what is asked, a summary) to that many lines. */
export const CardLine = ({ children, lines, strong }: { children: ReactNode; lines?: number; strong?: boolean }) => (
  <Box
    sx={{
      color: strong ? 'text.primary' : undefined,
      display: lines ? '-webkit-box' : 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      columnGap: 1,
      rowGap: 0.5,
      mt: 0.25,
      ...(lines ? { WebkitLineClamp: lines, WebkitBoxOrient: 'vertical', overflow: 'hidden' } : {}),
    }}
  >
    {children}
  </Box>
);

/**
 * A list's records as a table on a desktop and as cards (react-admin's SimpleList) on a phone, where a table of
 * several columns cannot be read without scrolling sideways (issue 18.4). A card opens its record as the table's row
 * does; the columns stay the table's children, so a list only swaps `DataTable` for this and says what its card shows.
 */
export const ResponsiveDataTable = <T extends RaRecord>({
  card,
  below = 'sm',
  ...table
}: ResponsiveDataTableProps<T>) => {
  const small = useSmall(below);
  if (!small) return <DataTable<T> {...table} />;
  return (
    <ThemeProvider theme={cardTheme}>
      <SimpleList<T>
        {...card}
        rowClick={(table.rowClick ?? 'show') as SimpleListProps<T>['rowClick']}
        data-testid="list-cards"
        sx={{
          // a long word (a registration number, an e-mail address) wraps rather than widening the card
          '& .MuiListItemText-root': { overflowWrap: 'anywhere', minWidth: 0 },
          // the tertiary text (a state, a date) at the card's top right, as readable as the rest
          '& .RaSimpleList-tertiary': { opacity: 1, ml: 1 },
        }}
      />
    </ThemeProvider>
  );
};
