import GavelIcon from '@mui/icons-material/Gavel';
import {
  Alert,
  Box,
  Button as MuiButton,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Button,
  DataTable,
  Form,
  List,
  ReferenceField,
  SaveButton,
  TextField,
  TextInput,
  TopToolbar,
  maxLength,
  regex,
  required,
  useGetList,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { canEstablishDip } from '../access';
import { fieldErrorsOf, sendJson } from '../common/api';
import { todayIn } from '../common/dates';
import { OfficeDateTimeField, useOfficeTimeZone } from '../common/fields';
import { DateOnlyField } from '../requests/fields';
import { fieldErrorLines } from '../requests/actions';
import { PublicDownloadButtons, PublicPageButton, useDipActor } from './fields';
import type { DipVersion } from './types';

const NO_RECORD = {};
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const field = (name: string) => `resources.dip-versions.fields.${name}`;

/** How many of the office's entries a new version would hold, and how many proposals it would leave out (one row each: the total is enough). */
function useEstablishCounts() {
  const { actor } = useDipActor();
  const officeId = actor?.officeId ?? undefined;
  const one = { page: 1, perPage: 1 };
  const { total: classified } = useGetList('dip-entries', {
    filter: { status: 'classified', officeId },
    pagination: one,
  });
  const { total: submitted } = useGetList('dip-entries', {
    filter: { status: 'submitted', officeId },
    pagination: one,
  });
  return { classified, submitted };
}

/** Penetapan DIP: the decree number and date; the server snapshots every classified entry as the next version. */
const EstablishDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const today = todayIn(useOfficeTimeZone());
  const { classified, submitted } = useEstablishCounts();
  const [problem, setProblem] = useState<{ message: string; lines: string[] } | null>(null);

  const submit = async (values: Record<string, unknown>) => {
    setProblem(null);
    try {
      const version = await sendJson<DipVersion>('POST', 'dip-versions', {
        decreeNumber: String(values.decreeNumber ?? '').trim(),
        decreeDate: values.decreeDate,
      });
      notify('lentera.dip.versions.established', { type: 'success', messageArgs: { version: version.versionNo } });
      onClose();
      redirect('show', 'dip-versions', version.id);
    } catch (error) {
      // 400 when nothing is classified yet, or the fields; the message stays in the dialog.
      const fields = fieldErrorsOf(error);
      setProblem({ message: (error as Error).message, lines: fieldErrorLines(fields) });
      return fields;
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="dialog-establish">
      <Form onSubmit={submit} record={NO_RECORD} defaultValues={{ decreeNumber: '', decreeDate: today }}>
        <DialogTitle>{translate('lentera.dip.versions.establish_title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('lentera.dip.versions.establish_help', { count: classified ?? '…' })}
          </Typography>
          {!!submitted && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate('lentera.dip.versions.pending_note', { count: submitted })}
            </Alert>
          )}
          <TextInput
            source="decreeNumber"
            label={field('decreeNumber')}
            helperText="lentera.dip.versions.decree_number_hint"
            validate={[required(), maxLength(100)]}
            autoFocus
          />
          <TextInput
            source="decreeDate"
            label={field('decreeDate')}
            type="date"
            helperText="lentera.dip.versions.decree_date_hint"
            validate={[required(), regex(DATE)]}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ maxWidth: 260 }}
          />
          {problem && (
            <Alert severity="error" sx={{ mt: 1 }} data-testid="establish-error">
              {problem.message}
              {problem.lines.length > 0 && (
                <Box component="ul" sx={{ m: 0, pl: 2 }}>
                  {problem.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </Box>
              )}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
          <SaveButton label="lentera.dip.versions.establish" icon={<GavelIcon />} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

export const EstablishButton = () => {
  const { permissions } = useDipActor();
  const [open, setOpen] = useState(false);
  if (!canEstablishDip(permissions)) return null;
  return (
    <>
      <Button label="lentera.dip.versions.establish" onClick={() => setOpen(true)} variant="contained">
        <GavelIcon />
      </Button>
      {open && <EstablishDialog onClose={() => setOpen(false)} />}
    </>
  );
};

const ListActions = () => (
  <TopToolbar>
    <PublicPageButton />
    <PublicDownloadButtons />
    <EstablishButton />
  </TopToolbar>
);

const VersionNoCell = () => {
  const record = useRecordContext<DipVersion>();
  return record ? (
    <Typography component="span" variant="body2" sx={{ fontWeight: 700 }}>
      {record.versionNo}
    </Typography>
  ) : null;
};

const DecreeCell = () => {
  const record = useRecordContext<DipVersion>();
  return record ? (
    <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
      {record.decreeNumber}
    </Typography>
  ) : null;
};

const PublishedCell = () => {
  const record = useRecordContext<DipVersion>();
  const translate = useTranslate();
  if (!record) return null;
  return record.publishedAt ? (
    <OfficeDateTimeField source="publishedAt" />
  ) : (
    <Chip
      size="small"
      variant="outlined"
      color="warning"
      label={translate('lentera.dip.versions.not_published')}
      data-published="no"
    />
  );
};

const Column = DataTable.Col<DipVersion>;

/** The office's list as established by decree, newest first; a parent office also sees its children's. */
export const DipVersionList = () => {
  const { officeLevel } = useDipActor();
  return (
    <List sort={{ field: 'versionNo', order: 'DESC' }} perPage={25} exporter={false} actions={<ListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column source="versionNo">
          <VersionNoCell />
        </Column>
        {officeLevel && officeLevel !== 'regency' ? (
          <Column source="officeId" disableSort>
            <ReferenceField source="officeId" reference="offices" link={false}>
              <TextField source="name" />
            </ReferenceField>
          </Column>
        ) : null}
        <Column source="decreeNumber" disableSort>
          <DecreeCell />
        </Column>
        <Column source="decreeDate" disableSort>
          <DateOnlyField source="decreeDate" />
        </Column>
        <Column source="entryCount" disableSort align="right" />
        <Column source="establishedAt" disableSort>
          <OfficeDateTimeField source="establishedAt" />
        </Column>
        <Column source="publishedAt" disableSort>
          <PublishedCell />
        </Column>
      </DataTable>
    </List>
  );
};
