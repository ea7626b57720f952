import HowToVoteIcon from '@mui/icons-material/HowToVote';
import { Box, Tooltip, Typography } from '@mui/material';
import {
  BooleanInput,
  DataTable,
  List,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { NumberText } from '../common/fields';
import { channelChoices, statusChoices } from '../common/choices';
import { regimeChoices } from '../common/legal';
import type { InfoRequest } from '../api/types';
import { DateOnlyField, DueField, StatusField, TruncatedField, useRequestCard } from './fields';
import { filtersForTab, queueTabOf, type QueueTab } from './queue';
import { RequestListActions } from './RequestListActions';
import { RequestBulkActions } from './BulkActions';
import { QuickTabs } from '../common/QuickTabs';
import { RowCheckboxLabels } from '../common/RowCheckboxLabels';
import { DateInputId } from '../common/DateInputId';
import { officeFilter, useAboveRegency } from '../common/offices';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';
import { useSmall } from '../common/useSmall';
import { withSearch } from '../common/filters';

const filterInputs = (small: boolean) =>
  withSearch([
    // on a phone only the search stays open; the others are one tap away ("Tambah filter")
    <SelectArrayInput key="status" source="status" choices={statusChoices} alwaysOn={!small} sx={{ minWidth: 180 }} />,
    <SelectInput key="channel" source="channel" choices={channelChoices} alwaysOn={!small} sx={{ minWidth: 180 }} />,
    <SelectInput key="regime" source="regime" choices={regimeChoices} sx={{ minWidth: 180 }} />,
    // dd/mm/yyyy whatever the browser's locale; the value is the YYYY-MM-DD the API expects
    <DateInputId key="from" source="from" alwaysOn={!small} />,
    <DateInputId key="to" source="to" alwaysOn={!small} />,
    <NullableBooleanInput key="open" source="open" />,
    <BooleanInput key="overdue" source="overdue" defaultValue={true} />,
    <BooleanInput key="dueSoon" source="dueSoon" defaultValue={true} />,
    <NumberInput key="dueWithin" source="dueWithin" min={0} max={60} />,
    <ReferenceInput key="unitId" source="unitId" reference="units">
      <SelectInput optionText="name" />
    </ReferenceInput>,
  ]);
const FILTERS = {
  wide: filterInputs(false),
  small: filterInputs(true),
  // a province or KPU RI: its regencies' requests too, filtered by office
  wideAbove: [...filterInputs(false), officeFilter(true)],
  smallAbove: [...filterInputs(true), officeFilter(false)],
};

/** The Kasubbag's queue at a click: open, late, due soon. */
const QueueTabs = () => {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const current = queueTabOf(filterValues);
  return (
    <QuickTabs
      value={current}
      onChange={(tab: QueueTab) => setFilters(filtersForTab(filterValues, tab), displayedFilters)}
      label="lentera.requests.quick.label"
      tabs={[
        { value: 'all', label: 'lentera.requests.quick.all' },
        { value: 'open', label: 'lentera.requests.quick.open' },
        { value: 'overdue', label: 'lentera.requests.quick.overdue', color: 'error.main' },
        { value: 'dueSoon', label: 'lentera.requests.quick.due_soon', color: 'warning.main' },
      ]}
    />
  );
};

const NumberCell = () => {
  const record = useRecordContext<InfoRequest>();
  const translate = useTranslate();
  return record ? (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <NumberText>{record.number}</NumberText>
      {record.regime === 'election' && (
        // election information runs on shorter clocks (PerKI 1/2019): visible at a glance in the queue
        <Tooltip title={translate('lentera.legal.regimes.election')}>
          <HowToVoteIcon fontSize="small" color="warning" data-testid="election-mark" />
        </Tooltip>
      )}
    </Box>
  ) : null;
};

/** The day received and, under it, the channel (one column less: the table fits a 1280 px screen). */
const ReceivedCell = () => {
  const record = useRecordContext<InfoRequest>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <DateOnlyField source="receivedDate" />
      <Typography component="div" variant="caption" color="text.secondary">
        {translate(`lentera.requests.channels.${record.channel}`, { _: record.channel })}
      </Typography>
    </>
  );
};

const Column = DataTable.Col<InfoRequest>;

/** The requester and what is asked, under a request's number, status and due date on a card. */
const requesterAndAsked = (r: InfoRequest) => [r.requester?.name, r.informationRequested].filter(Boolean).join(' — ');

export const RequestList = () => {
  // six columns need a desktop: a tablet sees cards too
  const small = useSmall('md');
  const card = useRequestCard(requesterAndAsked);
  const above = useAboveRegency();
  return (
    <List
      // on a phone the tabs and the list take the screen's width, not their content's (RA's layout is min-width:
      // fit-content, so a scrollable tab bar or a clamped line would otherwise widen the page)
      sx={{ '& .RaList-content': { contain: { xs: 'inline-size', md: 'none' } } }}
      filters={above ? (small ? FILTERS.smallAbove : FILTERS.wideAbove) : small ? FILTERS.small : FILTERS.wide}
      sort={{ field: 'receivedAt', order: 'DESC' }}
      perPage={25}
      // only what the rows, the phone cards and the export show (the API's view=list): a third of the whole records
      queryOptions={{ meta: { view: 'list' } }}
      actions={<RequestListActions />}
    >
      <QueueTabs />
      <RowCheckboxLabels>
        <ResponsiveDataTable card={card} below="md" rowClick="show" bulkActionButtons={<RequestBulkActions />}>
          <Column source="number">
            <NumberCell />
          </Column>
          <Column source="receivedAt">
            <ReceivedCell />
          </Column>
          {above && <Column source="officeName" label="lentera.office.column" disableSort />}
          <Column source="requester.name" label="resources.requests.fields.requester" disableSort />
          <Column source="informationRequested" disableSort>
            <TruncatedField source="informationRequested" maxWidth={280} />
          </Column>
          <Column source="status">
            <StatusField />
          </Column>
          <Column source="effectiveDueDate">
            <DueField />
          </Column>
        </ResponsiveDataTable>
      </RowCheckboxLabels>
    </List>
  );
};
