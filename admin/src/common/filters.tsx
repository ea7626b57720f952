import type { ReactElement } from 'react';
import { SearchInput } from 'react-admin';

/** A searchable list's filters: the free-text search first and always shown, then the list's own. */
export const withSearch = (filters: ReactElement[]): ReactElement[] => [
  <SearchInput key="q" source="q" alwaysOn />,
  ...filters,
];
