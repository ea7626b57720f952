import { ReferenceInput, SelectInput, useGetIdentity } from 'react-admin';
import type { LenteraIdentity } from '../authProvider';

/**
 * Whether the signed-in user's office has offices under it (a province, KPU RI): their lists hold their regencies'
 * records too, so each row names its office and the list filters by office. A regency has no child office.
 */
export function useAboveRegency(): boolean {
  const { identity } = useGetIdentity();
  const level = (identity as LenteraIdentity | undefined)?.office?.level;
  return level === 'province' || level === 'national';
}

/** The office filter of a list: the offices the user may read (their own and those under it), in tree order. */
export const officeFilter = (alwaysOn = true) => (
  <ReferenceInput
    key="officeId"
    source="officeId"
    reference="offices"
    sort={{ field: 'path', order: 'ASC' }}
    perPage={100}
    alwaysOn={alwaysOn}
  >
    <SelectInput optionText="name" label="lentera.office.filter" sx={{ minWidth: 200 }} />
  </ReferenceInput>
);
