import { Tab, Tabs, Typography } from '@mui/material';
import {
  BooleanInput,
  DataTable,
  List,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { channelChoices, statusChoices } from '../common/choices';
import type { InfoRequest } from '../types';
import { DateOnlyField, DueField, KeyField, StatusField, TruncatedField } from './fields';
import { filtersForTab, queueTabOf, type QueueTab } from './queue';
import { RequestListActions } from './RequestListActions';

const dateInput = { inputLabel: { shrink: true } };

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={statusChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <SelectInput key="channel" source="channel" choices={channelChoices} alwaysOn sx={{ minWidth: 180 }} />,
  // Native date fields: their value is already the YYYY-MM-DD the API expects (see audit-logs).
  <TextInput key="from" source="from" type="date" alwaysOn slotProps={dateInput} />,
  <TextInput key="to" source="to" type="date" alwaysOn slotProps={dateInput} />,
  <NullableBooleanInput key="open" source="open" />,
  <BooleanInput key="overdue" source="overdue" defaultValue={true} />,
  <BooleanInput key="dueSoon" source="dueSoon" defaultValue={true} />,
  <NumberInput key="dueWithin" source="dueWithin" min={0} max={60} />,
  <ReferenceInput key="unitId" source="unitId" reference="units">
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

/** The Kasubbag's queue at a click: open, late, due soon. */
const QueueTabs = () => {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const current = queueTabOf(filterValues);
  return (
    <Tabs
      value={current}
      onChange={(_, tab: QueueTab) => setFilters(filtersForTab(filterValues, tab), displayedFilters)}
      sx={{ px: 2, borderBottom: 1, borderColor: 'divider' }}
      aria-label={translate('lentera.requests.quick.label')}
    >
      <Tab value="all" label={translate('lentera.requests.quick.all')} />
      <Tab value="open" label={translate('lentera.requests.quick.open')} />
      <Tab value="overdue" label={translate('lentera.requests.quick.overdue')} sx={{ color: 'error.main' }} />
      <Tab value="dueSoon" label={translate('lentera.requests.quick.due_soon')} sx={{ color: 'warning.main' }} />
    </Tabs>
  );
};

const NumberCell = () => {
  const record = useRecordContext<InfoRequest>();
  return record ? (
    <Typography
      component="span"
      variant="body2"
      sx={{ fontWeight: 600, whiteSpace: 'nowrap', fontFamily: 'monospace' }}
    >
      {record.number}
    </Typography>
  ) : null;
};

const Column = DataTable.Col<InfoRequest>;

export const RequestList = () => (
  <List
    filters={filters}
    sort={{ field: 'receivedAt', order: 'DESC' }}
    perPage={25}
    exporter={false}
    actions={<RequestListActions />}
  >
    <QueueTabs />
    <DataTable rowClick="show" bulkActionButtons={false}>
      <Column source="number">
        <NumberCell />
      </Column>
      <Column source="receivedAt">
        <DateOnlyField source="receivedDate" />
      </Column>
      <Column source="requester.name" label="resources.requests.fields.requester" disableSort />
      <Column source="informationRequested" disableSort>
        <TruncatedField source="informationRequested" maxWidth={320} />
      </Column>
      <Column source="channel">
        <KeyField source="channel" prefix="lentera.requests.channels" />
      </Column>
      <Column source="status">
        <StatusField />
      </Column>
      <Column source="effectiveDueDate">
        <DueField />
      </Column>
    </DataTable>
  </List>
);
