import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import GavelIcon from '@mui/icons-material/Gavel';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { Stack } from '@mui/material';
import { useEffect, useState, type ReactElement } from 'react';
import { MatterDocumentButton } from '../common/DocumentButtons';
import { issuedDocuments, type IssuedDocument } from '../common/download';
import { Permission } from '../permissions';
import { loadSession } from '../session';
import type { InfoRequest } from '../api/types';

type Kind = 'receipt' | 'notice' | 'extension-notice' | 'refusal-decree';

const KINDS: Array<{
  kind: Kind;
  label: string;
  file: string;
  issue: Permission;
  icon: ReactElement;
  applies: (r: InfoRequest) => boolean;
}> = [
  {
    kind: 'receipt',
    label: 'lentera.documents.kinds.receipt',
    file: 'tanda-bukti',
    issue: Permission.RequestCreate,
    icon: <ReceiptLongIcon />,
    applies: () => true,
  },
  {
    kind: 'notice',
    label: 'lentera.documents.kinds.notice',
    file: 'pemberitahuan-tertulis',
    issue: Permission.RequestDecide,
    icon: <DescriptionOutlinedIcon />,
    applies: (r) => Boolean(r.decision),
  },
  {
    kind: 'extension-notice',
    label: 'lentera.documents.kinds.extension_notice',
    file: 'pemberitahuan-perpanjangan',
    issue: Permission.RequestDecide,
    icon: <DescriptionOutlinedIcon />,
    applies: (r) => Boolean(r.extendedDueDate),
  },
  {
    kind: 'refusal-decree',
    label: 'lentera.documents.kinds.refusal_decree',
    file: 'sk-penolakan',
    issue: Permission.RequestDecide,
    icon: <GavelIcon />,
    applies: (r) => r.decision === 'refused' || r.decision === 'granted_partial',
  },
];

/**
 * The official documents of a request: the receipt always, the written notice once decided, the extension notice once
 * extended, the refusal decree for a refusal or a partial grant. A role that may write in the owning office issues
 * them (POST, confirmed); everyone who sees the request downloads what was issued and opens DRAF previews.
 */
export const DocumentButtons = ({ record }: { record: InfoRequest }) => {
  const [issued, setIssued] = useState<Record<string, IssuedDocument>>({});
  const base = `requests/${encodeURIComponent(record.id)}`;
  const user = loadSession()?.user;
  const ownOffice = user !== undefined && String(user.office.id) === String(record.officeId);
  useEffect(() => {
    let live = true;
    issuedDocuments(`${base}/documents`)
      .then((docs) => {
        if (!live) return;
        const latest: Record<string, IssuedDocument> = {};
        for (const d of docs) if (d.kind && !latest[d.kind]) latest[d.kind] = d;
        setIssued(latest);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [base, record.decision, record.extendedDueDate, record.version]);
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1 }} data-testid="document-buttons">
      {KINDS.filter((k) => k.applies(record)).map((k) => (
        <MatterDocumentButton
          key={k.kind}
          testId={`document-${k.kind}`}
          label={k.label}
          issuePath={`${base}/documents/${k.kind}`}
          readPath={`${base}/${k.kind}.pdf`}
          filePrefix={k.file}
          issued={issued[k.kind]}
          canIssue={ownOffice && Boolean(user?.permissions.includes(k.issue))}
          icon={k.icon}
          onIssued={(doc) => setIssued((x) => ({ ...x, [k.kind]: doc }))}
        />
      ))}
    </Stack>
  );
};
