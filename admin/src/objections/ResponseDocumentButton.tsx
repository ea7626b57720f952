import GavelIcon from '@mui/icons-material/Gavel';
import { Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import { MatterDocumentButton } from '../common/DocumentButtons';
import { issuedDocuments, type IssuedDocument } from '../common/download';
import { Permission } from '../permissions';
import { loadSession } from '../session';
import type { Objection } from './types';

/**
 * The written answer of the Atasan PPID (UU KIP Pasal 36 ayat 2), once decided: the Atasan PPID of the owning office
 * issues it (POST, confirmed); everyone who sees the objection downloads it once issued, or opens the DRAF preview.
 */
export const ResponseDocumentButton = ({ record }: { record: Objection }) => {
  const [issued, setIssued] = useState<IssuedDocument | undefined>();
  const base = `objections/${encodeURIComponent(record.id)}`;
  const user = loadSession()?.user;
  const canIssue =
    user !== undefined &&
    String(user.office.id) === String(record.officeId) &&
    user.permissions.includes(Permission.ObjectionDecide);
  useEffect(() => {
    let live = true;
    if (record.decision)
      issuedDocuments(`${base}/documents`)
        .then((docs) => live && setIssued(docs[0]))
        .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [base, record.decision]);
  if (!record.decision) return null;
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1 }} data-testid="document-buttons">
      <MatterDocumentButton
        testId="document-response"
        label="lentera.documents.kinds.response"
        issuePath={`${base}/documents/response`}
        readPath={`${base}/response.pdf`}
        filePrefix="tanggapan-keberatan"
        issued={issued}
        canIssue={canIssue}
        icon={<GavelIcon />}
        onIssued={setIssued}
      />
    </Stack>
  );
};
