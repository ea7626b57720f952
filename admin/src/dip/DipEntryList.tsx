import { Box, Tab, Tabs, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  TopToolbar,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { OfficeDateTimeField } from '../common/fields';
import { useCan } from '../common/useCan';
import { Permission } from '../permissions';
import {
  CategoryField,
  DipStatusField,
  FlagsField,
  PublicPageButton,
  categoryChoices,
  dipStatusChoices,
  useDipActor,
} from './fields';
import { dipTabChoices, dipTabOf, filtersForDipTab, type DipTab } from './logic';
import type { DipEntry } from './types';
import { ExportMenu } from '../common/ExportMenu';
import { exportSpec } from '../common/exporter';
import { CardLine, ResponsiveDataTable, type ListCard } from '../common/ResponsiveDataTable';
import { withSearch } from '../common/filters';

const filters = withSearch([
  <SelectInput
    key="category"
    source="category"
    choices={categoryChoices}
    alwaysOn
    sx={{ minWidth: { xs: 0, sm: 180 } }}
  />,
  <SelectInput key="status" source="status" choices={dipStatusChoices} sx={{ minWidth: 160 }} />,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
    <SelectInput optionText="name" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
]);

const TAB_LABELS: Record<DipTab, string> = {
  all: 'lentera.dip.tabs.all',
  proposals: 'lentera.dip.tabs.proposals',
  classified: 'lentera.dip.tabs.classified',
  flagged: 'lentera.dip.tabs.flagged',
};

const CHOICE_LABELS: Record<string, string> = {
  submitted: 'lentera.dip.statuses.submitted',
  draft: 'lentera.dip.statuses.draft',
  declassify: 'lentera.dip.flags.declassify',
  renew: 'lentera.dip.flags.renew',
};

/** All / the units' proposals / classified / what needs action; a two-valued tab offers its halves beside it. */
const DipTabs = () => {
  const translate = useTranslate();
  const { permissions } = useDipActor();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const current = dipTabOf(filterValues);
  // The PPID's proposals are those submitted to them; a liaison officer's, their unit's drafts.
  const manages = !!permissions?.includes(Permission.DipManage);
  const narrow = dipTabChoices(current);
  const narrowValue = narrow ? String(filterValues[narrow.key] ?? '') : '';
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        flexWrap: 'wrap',
        gap: 2,
        px: 2,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Tabs
        value={current}
        onChange={(_, tab: DipTab) => setFilters(filtersForDipTab(filterValues, tab, manages), displayedFilters)}
        // on a phone the tabs scroll (with arrows) rather than hiding the last ones
        variant="scrollable"
        allowScrollButtonsMobile
        sx={{ minWidth: 0, maxWidth: '100%' }}
        aria-label={translate('lentera.dip.tabs.label')}
      >
        {(Object.keys(TAB_LABELS) as DipTab[]).map((tab) => (
          <Tab
            key={tab}
            value={tab}
            label={translate(TAB_LABELS[tab])}
            sx={tab === 'flagged' ? { color: 'warning.dark' } : undefined}
          />
        ))}
      </Tabs>
      {narrow && (
        <ToggleButtonGroup
          size="small"
          exclusive
          value={narrowValue}
          onChange={(_, value: string | null) =>
            value && setFilters({ ...filterValues, [narrow.key]: value }, displayedFilters)
          }
          aria-label={translate('lentera.dip.tabs.narrow')}
        >
          {narrow.values.map((value) => (
            <ToggleButton key={value} value={value} sx={{ textTransform: 'none', py: 0.25 }}>
              {translate(CHOICE_LABELS[value])}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      )}
    </Box>
  );
};

const ListActions = () => {
  const canCreate = useCan('create', 'dip-entries');
  return (
    <TopToolbar>
      <PublicPageButton />
      <FilterButton />
      {canCreate && <CreateButton />}
      <ExportMenu spec={dipEntryExport} />
    </TopToolbar>
  );
};

const TitleCell = () => {
  const record = useRecordContext<DipEntry>();
  if (!record) return null;
  return (
    <Box>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {record.title}
      </Typography>
      {record.summary && (
        <Typography
          component="div"
          variant="caption"
          color="text.secondary"
          title={record.summary}
          sx={{
            display: '-webkit-box',
            WebkitLineClamp: 1,
            WebkitBoxOrient: 'vertical',
            overflow: 'hidden',
            maxWidth: 420,
          }}
        >
          {record.summary}
        </Typography>
      )}
    </Box>
  );
};

export const dipEntryExport = exportSpec<DipEntry>({
  file: 'butir-dip',
  related: [{ source: 'unitId', reference: 'units' }],
  columns: [
    { header: 'resources.dip-entries.fields.title', value: (e) => e.title },
    { header: 'resources.dip-entries.fields.unitId', value: (e, t) => t.ref('units', e.unitId, 'name') },
    { header: 'resources.dip-entries.fields.category', value: (e, t) => t.label('lentera.dip.categories', e.category) },
    { header: 'resources.dip-entries.fields.status', value: (e, t) => t.label('lentera.dip.statuses', e.status) },
    { header: 'resources.dip-entries.fields.updatedAt', value: (e, t) => t.dateTime(e.updatedAt) },
  ],
});

const Column = DataTable.Col<DipEntry>;

/** On a phone: the title and its state, its category, unit and flags under it, and the summary. */
const CARD: ListCard<DipEntry> = {
  primaryText: (r) => <strong>{r.title}</strong>,
  secondaryText: (r) => (
    <>
      <CardLine>
        <DipStatusField />
        <CategoryField />
        <FlagsField />
      </CardLine>
      <CardLine strong>
        <ReferenceField source="unitId" reference="units" link={false} emptyText="—">
          <TextField source="name" />
        </ReferenceField>
        {' · '}
        <OfficeDateTimeField source="updatedAt" />
      </CardLine>
      {r.summary && <CardLine lines={2}>{r.summary}</CardLine>}
    </>
  ),
};

/** Butir DIP of the office: the units' proposals, the PPID's classification, and what the law asks to revisit. */
export const DipEntryList = () => (
  <List filters={filters} sort={{ field: 'updatedAt', order: 'DESC' }} perPage={25} actions={<ListActions />}>
    <DipTabs />
    <ResponsiveDataTable card={CARD} rowClick="show" bulkActionButtons={false}>
      <Column source="title">
        <TitleCell />
      </Column>
      <Column source="unitId" disableSort>
        <ReferenceField source="unitId" reference="units" link={false} emptyText="—">
          <TextField source="name" />
        </ReferenceField>
      </Column>
      <Column source="category">
        <CategoryField />
      </Column>
      <Column source="status">
        <DipStatusField />
      </Column>
      <Column source="flags" disableSort>
        <FlagsField />
      </Column>
      <Column source="updatedAt" field={OfficeDateTimeField} />
    </ResponsiveDataTable>
  </List>
);
