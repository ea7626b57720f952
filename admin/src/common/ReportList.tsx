import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';
import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactElement, ReactNode } from 'react';
import { DataTable, List, TopToolbar, usePermissions, useTranslate, type RaRecord } from 'react-admin';
import { ExportMenu } from './ExportMenu';
import { officeFilter, useAboveRegency } from './offices';
import type { ExportSpec } from './exporter';
import { ResponsiveDataTable, type ListCard } from './ResponsiveDataTable';

/**
 * No report yet (a new office, or the first month of Lentera): say so, say what a report is made of, and offer the
 * primary action right there — react-admin shows no list toolbar on an empty list, so the button would be nowhere.
 */
const NoReportYet = ({ messages, prepare }: { messages: string; prepare: ReactElement | false }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2, maxWidth: 640, mx: 'auto' }} data-testid="reports-empty">
      <CardContent sx={{ textAlign: 'center', display: 'grid', gap: 1.5, justifyItems: 'center', py: 4 }}>
        <InboxOutlinedIcon sx={{ fontSize: 56, color: 'text.disabled' }} />
        <Typography variant="h6">{translate(`${messages}.none_yet`)}</Typography>
        <Typography variant="body2" color="text.secondary">
          {translate(`${messages}.create_help`)}
        </Typography>
        <Box>
          {prepare || (
            <Typography variant="body2" color="text.secondary">
              {translate('lentera.reports.prepared_by_ppid')}
            </Typography>
          )}
        </Box>
      </CardContent>
    </Card>
  );
};

const OFFICE_FILTERS = [officeFilter(true)];

/**
 * The list of an office's periodic reports (monthly, annual): newest first, a row opens the report, and a "prepare"
 * button for those who may prepare one — also on the empty list, where it is the one thing to do.
 */
export const ReportList = <T extends RaRecord>({
  permission,
  prepare,
  messages,
  exportSpec,
  card,
  children,
}: {
  /** who may prepare a report */
  permission: string;
  prepare: ReactElement;
  /** the i18n group with `none_yet` and `create_help` */
  messages: string;
  /** the list's export (common/exporter.ts) */
  exportSpec: ExportSpec<unknown>;
  /** a report on a phone */
  card: ListCard<T>;
  children: ReactNode;
}) => {
  const { permissions } = usePermissions<string[]>();
  const mayPrepare = Boolean(permissions?.includes(permission));
  // a province or KPU RI reads its regencies' reports too: each row names its office, and the list filters by office
  const above = useAboveRegency();
  return (
    <List
      filters={above ? OFFICE_FILTERS : undefined}
      sort={{ field: 'id', order: 'DESC' }}
      perPage={25}
      actions={
        <TopToolbar>
          {mayPrepare && prepare}
          <ExportMenu spec={exportSpec} />
        </TopToolbar>
      }
      empty={<NoReportYet messages={messages} prepare={mayPrepare && prepare} />}
    >
      <ResponsiveDataTable<T> card={card} rowClick="show" bulkActionButtons={false}>
        {above && <DataTable.Col source="officeName" label="lentera.office.column" disableSort />}
        {children}
      </ResponsiveDataTable>
    </List>
  );
};
