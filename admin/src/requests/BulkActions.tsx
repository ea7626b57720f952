import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  useDataProvider,
  useGetList,
  useListContext,
  useNotify,
  usePermissions,
  useRefresh,
  useTranslate,
  type Identifier,
} from 'react-admin';
import type { InfoRequest, Unit } from '../api/types';
import { fetchFile, issueDocument, mergePdfs, saveBlob } from '../common/download';
import type { LenteraDataProvider } from '../dataProvider';
import { Permission } from '../permissions';

/**
 * Runs one existing API step per selected request, one after another (so each keeps its own rules, audit row and
 * 409), and says the outcome in words: how many succeeded, and which failed with the server's reason.
 */
function useBulkRun() {
  const { selectedIds, data, onUnselectItems } = useListContext<InfoRequest>();
  const notify = useNotify();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const numberOf = (id: Identifier) => data?.find((r) => r.id === id)?.number ?? String(id);
  const run = async (step: (id: Identifier) => Promise<unknown>, done: string) => {
    setBusy(true);
    let ok = 0;
    const failures: string[] = [];
    for (const id of selectedIds) {
      try {
        await step(id);
        ok++;
      } catch (error) {
        failures.push(`${numberOf(id)} (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    setBusy(false);
    const failed = failures.length
      ? translate('lentera.bulk.failed_part', { count: failures.length, reasons: failures.join('; ') })
      : '';
    if (ok === 0)
      notify('lentera.bulk.nothing_done', {
        type: 'error',
        messageArgs: { count: failures.length, reasons: failures.join('; ') },
      });
    else {
      notify([translate(done, { ok }), failed].filter(Boolean).join('; '), {
        type: failures.length ? 'warning' : 'info',
      });
      if (!failures.length) onUnselectItems();
    }
    return ok;
  };
  return { run, busy, count: selectedIds.length };
}

/**
 * "Cetak tanda terima": the receipts of the selected requests in one PDF to print (one download: a browser asks
 * before a page saves several files at once), or the receipt itself when one is selected. Whoever may register
 * requests issues each first (issuing the same receipt again answers the same document); others get the receipts
 * already issued.
 */
export const BulkReceiptsButton = () => {
  const { permissions } = usePermissions<string[]>();
  const translate = useTranslate();
  const canIssue = Boolean(permissions?.includes(Permission.RequestCreate));
  const { run, busy } = useBulkRun();
  const print = async () => {
    const receipts: Array<{ blob: Blob; fileName: string }> = [];
    await run(async (id: Identifier) => {
      if (canIssue) await issueDocument(`requests/${id}/documents/receipt`);
      receipts.push(await fetchFile(`requests/${id}/receipt.pdf`, `tanda-terima-${id}.pdf`));
    }, 'lentera.bulk.receipts_done');
    if (receipts.length === 1) saveBlob(receipts[0].blob, receipts[0].fileName);
    else if (receipts.length > 1) {
      const title = translate('lentera.bulk.receipts_file', { count: receipts.length });
      saveBlob(
        await mergePdfs(
          receipts.map((r) => r.blob),
          title,
        ),
        `${title.replace(/\s+/g, '-').toLowerCase()}.pdf`,
      );
    }
  };
  return (
    <Button label="lentera.bulk.receipts" onClick={print} disabled={busy} data-testid="bulk-receipts">
      <ReceiptLongIcon />
    </Button>
  );
};

/** "Tugaskan ke unit": one liaison unit and one instruction for every selected request (POST …/assign each). */
export const BulkAssignButton = () => {
  const { permissions } = usePermissions<string[]>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<LenteraDataProvider>();
  const { run, busy, count } = useBulkRun();
  const [open, setOpen] = useState(false);
  const [unitId, setUnitId] = useState('');
  const [instruction, setInstruction] = useState('');
  const { data: units } = useGetList<Unit>(
    'units',
    { filter: { active: true }, pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: open },
  );
  if (!permissions?.includes(Permission.RequestAssign)) return null;
  const assign = async () => {
    setOpen(false);
    const body = { assignments: [{ unitId: Number(unitId), instruction }] };
    await run((id) => dataProvider.recordAction('requests', id, 'assign', body), 'lentera.bulk.assign_done');
    refresh();
  };
  return (
    <>
      <Button label="lentera.bulk.assign" onClick={() => setOpen(true)} disabled={busy} data-testid="bulk-assign">
        <AssignmentIndIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('lentera.bulk.assign_title', { smart_count: count })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              select
              label={translate('lentera.bulk.unit')}
              value={unitId}
              onChange={(e) => setUnitId(e.target.value)}
            >
              {(units ?? []).map((u) => (
                <MenuItem key={u.id} value={String(u.id)}>
                  {u.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={translate('lentera.bulk.instruction')}
              value={instruction}
              onChange={(e) => setInstruction(e.target.value)}
              multiline
              minRows={2}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button label="lentera.bulk.cancel" onClick={() => setOpen(false)} />
          <Button
            label="lentera.bulk.confirm"
            variant="contained"
            onClick={assign}
            disabled={!unitId || !instruction.trim()}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};

/** The request list's bulk actions (react-admin's bulkActionButtons). */
export const RequestBulkActions = () => (
  <>
    <BulkReceiptsButton />
    <BulkAssignButton />
  </>
);
