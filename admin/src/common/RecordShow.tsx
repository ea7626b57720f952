import { Box, Grid } from '@mui/material';
import type { ReactNode } from 'react';
import { Show, useRecordContext, useTranslate, type RaRecord, type TranslateFunction } from 'react-admin';

type TitleOf<R> = (record: R, translate: TranslateFunction) => string;

const Title = <R extends RaRecord>({ titleOf }: { titleOf: TitleOf<R> }) => {
  const record = useRecordContext<R>();
  const translate = useTranslate();
  return <span>{record ? titleOf(record, translate) : ''}</span>;
};

const Body = <R extends RaRecord>({ children }: { children: (record: R) => ReactNode }) => {
  const record = useRecordContext<R>();
  return record ? <>{children(record)}</> : null;
};

/** "<the resource's name> <what names the record>", the usual page title of a record. */
export const titled =
  <R,>(resource: string, nameOf: (record: R) => string, separator = ' '): TitleOf<R> =>
  (record, translate) =>
    `${translate(`resources.${resource}.name`, { smart_count: 1 })}${separator}${nameOf(record)}`;

/**
 * A record's page (a request, an objection, a task, a submission, a DIP entry or version): react-admin's Show
 * without its toolbar, its title from the record, its content drawn once the record is there.
 */
export function RecordShow<R extends RaRecord>({
  title,
  children,
}: {
  title: TitleOf<R>;
  children: (record: R) => ReactNode;
}) {
  return (
    <Show title={<Title<R> titleOf={title} />} actions={false} component="div">
      <Body<R>>{children}</Body>
    </Show>
  );
}

/** The head card above two columns (the clocks and details left, the work and the timeline right); one on a phone. */
export const Columns = ({
  header,
  left,
  right,
  split = 5,
  mt = 1,
}: {
  header?: ReactNode;
  left: ReactNode;
  right: ReactNode;
  /** the left column's share of 12 */
  split?: number;
  mt?: number;
}) => (
  <Box sx={{ mt }}>
    {header}
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: split }}>{left}</Grid>
      <Grid size={{ xs: 12, md: 12 - split }}>{right}</Grid>
    </Grid>
  </Box>
);
