import { Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  FilterButton,
  List,
  SelectInput,
  TopToolbar,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { NumberText } from '../common/fields';
import { ExportMenu } from '../common/ExportMenu';
import { QuickTabs } from '../common/QuickTabs';
import { RegisterButtons } from '../common/RegisterButtons';
import { useCan } from '../common/useCan';
import { DateOnlyField } from '../requests/fields';
import { objectionStatusChoices } from './choices';
import { DecisionField, GroundLettersField, ObjectionStatusField, ResponseDueField } from './fields';
import { DEFAULT_SORT, objectionFiltersForTab, objectionSortForTab, objectionTabOf, type ObjectionTab } from './queue';
import type { Objection } from './types';
import { objectionExport } from './exportSpec';
import { DateInputId } from '../common/DateInputId';
import { officeFilter, useAboveRegency } from '../common/offices';
import { CardLine, ResponsiveDataTable, type ListCard } from '../common/ResponsiveDataTable';
import { withSearch } from '../common/filters';

const filters = withSearch([
  <SelectInput key="status" source="status" choices={objectionStatusChoices} alwaysOn sx={{ minWidth: 200 }} />,
  // dd/mm/yyyy whatever the browser's locale; the value is the YYYY-MM-DD the API expects (filed date)
  <DateInputId key="from" source="from" alwaysOn />,
  <DateInputId key="to" source="to" alwaysOn />,
]);

const filtersAbove = [...filters, officeFilter(true)];

/** All objections, the Atasan PPID's queue (waiting for an answer, earliest deadline first), and the late ones. */
const QueueTabs = () => {
  const { filterValues, setFilters, setSort, displayedFilters } = useListContext();
  const current = objectionTabOf(filterValues);
  const choose = (tab: ObjectionTab) => {
    setSort(objectionSortForTab(tab));
    setFilters(objectionFiltersForTab(filterValues, tab), displayedFilters);
  };
  return (
    <QuickTabs
      value={current}
      onChange={choose}
      label="lentera.objections.quick.label"
      tabs={[
        { value: 'all', label: 'lentera.objections.quick.all' },
        { value: 'queue', label: 'lentera.objections.quick.queue' },
        { value: 'overdue', label: 'lentera.objections.quick.overdue', color: 'error.main' },
      ]}
    />
  );
};

const ListActions = () => {
  const canCreate = useCan('create', 'objections');
  return (
    <TopToolbar>
      <FilterButton />
      {canCreate && <CreateButton />}
      <RegisterButtons kind="objections" />
      <ExportMenu spec={objectionExport} />
    </TopToolbar>
  );
};

const NumberCell = () => {
  const record = useRecordContext<Objection>();
  return record ? <NumberText>{record.number}</NumberText> : null;
};

const RequestNumberCell = () => {
  const record = useRecordContext<Objection>();
  const translate = useTranslate();
  if (!record) return null;
  return record.request ? (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap', fontFamily: 'monospace' }}>
      {record.request.number}
    </Typography>
  ) : (
    <Typography component="span" variant="caption" color="text.secondary">
      {translate('lentera.objections.show.no_request')}
    </Typography>
  );
};

const Column = DataTable.Col<Objection>;

/** On a phone: the number and state, the requester and request under it, the answer's due date. */
const CARD: ListCard<Objection> = {
  primaryText: () => <NumberCell />,
  tertiaryText: () => <ObjectionStatusField />,
  secondaryText: (r) => (
    <>
      <CardLine strong>
        {r.requester?.name ?? '—'} · <RequestNumberCell />
      </CardLine>
      <CardLine>
        <ResponseDueField />
        <DecisionField />
      </CardLine>
    </>
  ),
};

/** Daftar keberatan: the desk's register and the Atasan PPID's queue. */
export const ObjectionList = () => {
  const above = useAboveRegency();
  return (
    <List filters={above ? filtersAbove : filters} sort={DEFAULT_SORT} perPage={25} actions={<ListActions />}>
      <QueueTabs />
      <ResponsiveDataTable card={CARD} rowClick="show" bulkActionButtons={false}>
        <Column source="number">
          <NumberCell />
        </Column>
        <Column source="filedAt">
          <DateOnlyField source="filedDate" />
        </Column>
        {above && <Column source="officeName" label="lentera.office.column" disableSort />}
        <Column source="requester.name" label="resources.objections.fields.requester" disableSort />
        <Column source="request.number" disableSort>
          <RequestNumberCell />
        </Column>
        <Column source="grounds" label="lentera.objections.list.grounds" disableSort>
          <GroundLettersField />
        </Column>
        <Column source="status">
          <ObjectionStatusField />
        </Column>
        <Column source="responseDueDate">
          <ResponseDueField />
        </Column>
        <Column source="decision" disableSort>
          <DecisionField />
        </Column>
      </ResponsiveDataTable>
    </List>
  );
};
