import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import DownloadIcon from '@mui/icons-material/Download';
import { ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import TableViewIcon from '@mui/icons-material/TableView';
import { useState } from 'react';
import {
  Button,
  CreateButton,
  type Exporter,
  FilterButton,
  TopToolbar,
  downloadCSV,
  fetchRelatedRecords,
  useDataProvider,
  useFilterContext,
  useListContext,
  useLocaleState,
  useNotify,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { todayIn } from './dates';
import {
  EXPORT_MAX_ROWS,
  exportTable,
  exportText,
  fetchAllRows,
  toCsv,
  toXlsx,
  type ExportFormat,
  type ExportSpec,
  type ExportText,
} from './exporter';
import { saveBlob } from './download';
import { useOfficeTimeZone } from './fields';
import { useCan } from './useCan';

/** A react-admin exporter for one list and format: it receives the matching records and downloads the file. */
export function makeExporter<T>(
  spec: ExportSpec<T>,
  format: ExportFormat,
  text: ExportText,
  sheetName: string,
  today: string,
): Exporter<T & { id: string | number }> {
  return async (records, fetchRelated) => {
    for (const { source, reference } of spec.related ?? []) {
      const found = (await fetchRelated(records, source, reference)) as Record<string, Record<string, unknown>>;
      text.refs.set(reference, { ...text.refs.get(reference), ...found });
    }
    const { headers, rows } = exportTable(spec, records, text);
    const base = `${spec.file}-${today}`;
    if (format === 'csv') downloadCSV(await toCsv(headers, rows), base);
    else saveBlob(await toXlsx(sheetName, headers, rows), `${base}.xlsx`);
  };
}

/**
 * "Ekspor" in a list's toolbar: CSV or Excel of every row matching the list's current filters, in its sort order,
 * through react-admin's exporter signature (records, fetchRelatedRecords, dataProvider, resource).
 */
export const ExportMenu = ({ spec }: { spec: ExportSpec<unknown> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const timeZone = useOfficeTimeZone();
  const [locale] = useLocaleState();
  const { resource, filterValues, filter, sort, total } = useListContext();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (format: ExportFormat) => {
    setAnchor(null);
    setBusy(true);
    try {
      // the permanent filter (a list's fixed scope) and what the user chose, as the list itself asks for
      const { data, total: matching } = await fetchAllRows<{ id: string | number }>(
        dataProvider,
        resource,
        { ...filterValues, ...filter },
        sort,
      );
      const text = exportText(translate, timeZone, locale);
      const sheet = translate(`resources.${resource}.name`, { smart_count: 2, _: resource });
      const exporter = makeExporter(spec, format, text, sheet, todayIn(timeZone));
      await exporter(data, fetchRelatedRecords(dataProvider), dataProvider, resource);
      if (matching > EXPORT_MAX_ROWS)
        notify('lentera.export.truncated', { type: 'warning', messageArgs: { count: data.length, total: matching } });
      else notify('lentera.export.done', { type: 'info', messageArgs: { smart_count: data.length } });
    } catch (error) {
      notify('lentera.export.failed', {
        type: 'error',
        messageArgs: { reason: error instanceof Error ? error.message : String(error) },
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        label="lentera.export.button"
        onClick={(e) => setAnchor(e.currentTarget)}
        disabled={busy || total === 0}
        data-testid="export-menu"
        // react-admin names an icon-only button on a phone only while it is enabled
        aria-label={translate('lentera.export.button')}
        aria-haspopup="menu"
        aria-expanded={Boolean(anchor)}
        endIcon={<ArrowDropDownIcon />}
      >
        <DownloadIcon />
      </Button>
      <Menu open={Boolean(anchor)} anchorEl={anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => run('csv')} data-testid="export-csv">
          <ListItemIcon>
            <DescriptionOutlinedIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{translate('lentera.export.csv')}</ListItemText>
        </MenuItem>
        <MenuItem onClick={() => run('xlsx')} data-testid="export-xlsx">
          <ListItemIcon>
            <TableViewIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{translate('lentera.export.xlsx')}</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
};

/** react-admin's default list toolbar (filters, create where allowed) with the export menu in place of its button. */
export const ExportListActions = ({ spec }: { spec: ExportSpec<unknown> }) => {
  const filters = useFilterContext();
  const { hasCreate, name } = useResourceDefinition();
  const canCreate = useCan('create', name);
  return (
    <TopToolbar>
      {filters && filters.length > 0 && <FilterButton />}
      {hasCreate && canCreate && <CreateButton />}
      <ExportMenu spec={spec} />
    </TopToolbar>
  );
};
