import type { ReactElement, ReactNode } from 'react';
import { DataTable, List, TopToolbar, usePermissions } from 'react-admin';

/**
 * The list of an office's periodic reports (monthly, annual): newest first, a row opens the report, and a "prepare"
 * button for those who may prepare one.
 */
export const ReportList = ({
  permission,
  prepare,
  children,
}: {
  /** who may prepare a report */
  permission: string;
  prepare: ReactElement;
  children: ReactNode;
}) => {
  const { permissions } = usePermissions<string[]>();
  return (
    <List
      sort={{ field: 'id', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<TopToolbar>{permissions?.includes(permission) && prepare}</TopToolbar>}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        {children}
      </DataTable>
    </List>
  );
};
