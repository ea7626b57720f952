import CloudDownloadIcon from '@mui/icons-material/CloudDownload';
import {
  Alert,
  Box,
  Button as MuiButton,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List as MuiList,
  ListItem,
  ListItemText,
  TextField as MuiTextField,
  Typography,
  type ChipProps,
} from '@mui/material';
import { useState } from 'react';
import {
  Button,
  CreateButton,
  DataTable,
  DeleteWithConfirmButton,
  FilterButton,
  List,
  SearchInput,
  SelectInput,
  TopToolbar,
  useGetIdentity,
  useLocaleState,
  useNotify,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { canChangeHoliday } from '../access';
import type { LenteraIdentity } from '../authProvider';
import { useApiMutation } from '../common/mutations';
import { holidayKindChoices } from '../common/choices';
import { formatDate, todayIn } from '../common/dates';
import { useOfficeTimeZone } from '../common/fields';
import { Permission } from '../permissions';
import type { Holiday, HolidayKind } from '../api/types';
import { ExportMenu } from '../common/ExportMenu';
import { exportSpec } from '../common/exporter';
import { CardLine, ResponsiveDataTable, type ListCard } from '../common/ResponsiveDataTable';
import { ErrorAlert } from '../common/ErrorAlert';

const KIND_COLORS: Record<HolidayKind, ChipProps['color']> = {
  national: 'primary',
  cuti_bersama: 'secondary',
  local: 'warning',
};

export const HolidayKindChip = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<Holiday>();
  const translate = useTranslate();
  return record ? (
    <Chip
      size="small"
      color={KIND_COLORS[record.kind] ?? 'default'}
      variant="outlined"
      label={translate(`lentera.holidays.kinds.${record.kind}`, { _: record.kind })}
    />
  ) : null;
};

/** Years to pick from: a few around the current one. */
export function yearChoices(current: number): Array<{ id: number; name: string }> {
  return Array.from({ length: 6 }, (_, i) => current - 2 + i).map((y) => ({ id: y, name: String(y) }));
}

export function useMyOffice() {
  const { identity } = useGetIdentity();
  return (identity as LenteraIdentity | undefined)?.office;
}

const PrefillDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const thisYear = Number(todayIn(useOfficeTimeZone()).slice(0, 4));
  const [year, setYear] = useState(String(thisYear + 1));
  const [preview, setPreview] = useState<Array<{ date: string; name: string }> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // a dry run changes nothing; the real one adds holidays, and every open deadline moves with them
  const prefill = useApiMutation(
    (dataProvider, body: { year: number; dryRun: boolean }) =>
      dataProvider.send<{ added: Array<{ date: string; name: string }>; skipped: number }>(
        'POST',
        'holidays/prefill',
        body,
      ),
    ['holidays'],
  );

  const run = async (dryRun: boolean) => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await prefill.mutateAsync({ year: Number(year), dryRun });
      if (dryRun) setPreview(result.added);
      else {
        notify('lentera.holidays.prefill_added', {
          type: 'success',
          messageArgs: { smart_count: result.added.length },
        });
        onClose();
      }
    } catch (error) {
      // 403 unless the user is an administrator of the national office: the server says so.
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="prefill-dialog">
      <DialogTitle>{translate('lentera.holidays.prefill_title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('lentera.holidays.prefill_help')}
        </Typography>
        <MuiTextField
          label={translate('resources.holidays.fields.year')}
          type="number"
          size="small"
          value={year}
          onChange={(event) => {
            setYear(event.target.value);
            setPreview(null);
          }}
          slotProps={{ htmlInput: { min: 2000, max: 2100 } }}
        />
        {preview && preview.length === 0 && (
          <Alert severity="info" sx={{ mt: 2 }}>
            {translate('lentera.holidays.prefill_none')}
          </Alert>
        )}
        {preview && preview.length > 0 && (
          <>
            <Typography variant="subtitle2" sx={{ mt: 2 }}>
              {translate('lentera.holidays.prefill_would', { smart_count: preview.length })}
            </Typography>
            <MuiList dense sx={{ maxHeight: 280, overflow: 'auto' }}>
              {preview.map((h) => (
                <ListItem key={h.date} disableGutters>
                  <ListItemText primary={h.name} secondary={formatDate(h.date, locale, { weekday: true })} />
                </ListItem>
              ))}
            </MuiList>
          </>
        )}
        <ErrorAlert message={problem} sx={{ mt: 2 }} />
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton onClick={() => void run(true)} disabled={busy}>
          {translate('lentera.holidays.preview')}
        </MuiButton>
        <MuiButton
          variant="contained"
          onClick={() => void run(false)}
          disabled={busy || (preview !== null && preview.length === 0)}
        >
          {translate('lentera.holidays.prefill_run')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};

const PrefillButton = () => {
  const office = useMyOffice();
  const { permissions } = usePermissions<string[]>();
  const [open, setOpen] = useState(false);
  // The server answers 403 to everyone but the national office's administrators: offer it to them only.
  if (office?.level !== 'national' || !permissions?.includes(Permission.HolidayManage)) return null;
  return (
    <>
      <Button label="lentera.holidays.prefill" onClick={() => setOpen(true)}>
        <CloudDownloadIcon />
      </Button>
      {open && <PrefillDialog onClose={() => setOpen(false)} />}
    </>
  );
};

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <PrefillButton />
    <CreateButton />
    <ExportMenu spec={holidayExport} />
  </TopToolbar>
);

const NationalNote = () => {
  const translate = useTranslate();
  const office = useMyOffice();
  const { permissions } = usePermissions<string[]>();
  if (!permissions?.includes(Permission.HolidayManage) || office?.level === 'national') return null;
  return (
    <Alert severity="info" sx={{ m: 2, mb: 0 }}>
      {translate('lentera.holidays.national_note')}
    </Alert>
  );
};

const DateCell = () => {
  const record = useRecordContext<Holiday>();
  const [locale] = useLocaleState();
  return record ? (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatDate(record.date, locale, { weekday: true })}
    </Typography>
  ) : null;
};

const ScopeCell = () => {
  const record = useRecordContext<Holiday>();
  const translate = useTranslate();
  return record ? (
    <Typography component="span" variant="body2" color="text.secondary">
      {translate(record.officeId === null ? 'lentera.holidays.scope_national' : 'lentera.holidays.scope_local')}
    </Typography>
  ) : null;
};

const SourceCell = () => {
  const record = useRecordContext<Holiday>();
  const translate = useTranslate();
  return record ? (
    <Typography component="span" variant="caption" color="text.secondary">
      {translate(`lentera.holidays.sources.${record.source}`, { _: record.source })}
    </Typography>
  ) : null;
};

const RowDelete = () => {
  const record = useRecordContext<Holiday>();
  const office = useMyOffice();
  const { permissions } = usePermissions<string[]>();
  if (!canChangeHoliday(permissions, office, record)) return null;
  return <DeleteWithConfirmButton mutationMode="pessimistic" confirmContent="lentera.holidays.delete_confirm" />;
};

export const holidayExport = exportSpec<Holiday>({
  file: 'hari-libur',
  columns: [
    { header: 'resources.holidays.fields.date', value: (h, t) => t.date(h.date) },
    { header: 'resources.holidays.fields.name', value: (h) => h.name },
    { header: 'resources.holidays.fields.kind', value: (h, t) => t.label('lentera.holidays.kinds', h.kind) },
    {
      header: 'resources.holidays.fields.scope',
      value: (h, t) => t.t(h.officeId === null ? 'lentera.holidays.scope_national' : 'lentera.holidays.scope_local'),
    },
    { header: 'resources.holidays.fields.source', value: (h, t) => t.label('lentera.holidays.sources', h.source) },
  ],
});

const Column = DataTable.Col<Holiday>;

/** On a phone: the holiday's name and kind, its day, scope and source under it. */
const CARD: ListCard<Holiday> = {
  primaryText: (r) => r.name,
  tertiaryText: () => <HolidayKindChip />,
  secondaryText: () => (
    <>
      <CardLine strong>
        <DateCell />
      </CardLine>
      <CardLine>
        <ScopeCell /> · <SourceCell />
      </CardLine>
    </>
  ),
};

const HolidayTable = () => {
  const office = useMyOffice();
  const { permissions } = usePermissions<string[]>();
  return (
    <ResponsiveDataTable
      card={CARD}
      bulkActionButtons={false}
      rowClick={(_id, _resource, record) => (canChangeHoliday(permissions, office, record as Holiday) ? 'edit' : false)}
    >
      <Column source="date">
        <DateCell />
      </Column>
      <Column source="name" />
      <Column source="kind">
        <HolidayKindChip />
      </Column>
      <Column source="officeId" label="resources.holidays.fields.scope" disableSort>
        <ScopeCell />
      </Column>
      <Column source="source" disableSort>
        <SourceCell />
      </Column>
      <Column label={false} disableSort>
        <RowDelete />
      </Column>
    </ResponsiveDataTable>
  );
};

/** Hari libur that count for the office's legal clock; national ones from KPU RI, local closures its own. */
export const HolidayList = () => {
  const thisYear = Number(todayIn(useOfficeTimeZone()).slice(0, 4));
  const filters = [
    <SelectInput key="year" source="year" choices={yearChoices(thisYear)} alwaysOn />,
    <SelectInput key="kind" source="kind" choices={holidayKindChoices} alwaysOn />,
    <SearchInput key="q" source="q" />,
  ];
  return (
    <List
      filters={filters}
      filterDefaultValues={{ year: thisYear }}
      sort={{ field: 'date', order: 'ASC' }}
      perPage={50}
      actions={<ListActions />}
    >
      <NationalNote />
      <Box>
        <HolidayTable />
      </Box>
    </List>
  );
};
