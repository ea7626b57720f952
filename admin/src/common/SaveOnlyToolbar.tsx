import { SaveButton, Toolbar } from 'react-admin';

/** A form's toolbar with Save and no Delete: records that are kept (their history and audit rows point to them). */
export const SaveOnlyToolbar = ({ label, alwaysEnable }: { label?: string; alwaysEnable?: boolean }) => (
  <Toolbar>
    <SaveButton label={label} alwaysEnable={alwaysEnable} />
  </Toolbar>
);
