import AutorenewIcon from '@mui/icons-material/Autorenew';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import VisibilityOutlinedIcon from '@mui/icons-material/VisibilityOutlined';
import { ButtonGroup } from '@mui/material';
import { useState, type ReactElement } from 'react';
import { Button, Confirm, useNotify, useTranslate } from 'react-admin';
import { downloadFile, issueDocument, type IssuedDocument } from './download';
import { useDownloadRun } from './DownloadButton';

const safeName = (s: string) => s.replace(/[^A-Za-z0-9-]+/g, '_');

/** "Issue this document?": issuing numbers it in the office's name and records it in the register and the audit. */
const IssueConfirm = ({
  name,
  open,
  busy,
  onConfirm,
  onClose,
}: {
  name: string;
  open: boolean;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  return (
    <Confirm
      isOpen={open}
      loading={busy}
      title={translate('lentera.documents.confirm_title', { name })}
      content={translate('lentera.documents.confirm_content')}
      confirm="lentera.documents.confirm"
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
};

/**
 * One official document of a matter: "issue" (POST, confirmed first: it numbers a document in the office's name, and
 * issuing unchanged content again gives the same document) then the stored PDF is opened; once issued, the stored PDF
 * is downloaded (a read); "preview" opens the unnumbered DRAF (a read, nothing is written).
 */
export const MatterDocumentButton = ({
  label,
  issuePath,
  readPath,
  filePrefix,
  issued,
  canIssue,
  icon = <PictureAsPdfIcon />,
  onIssued,
  testId,
}: {
  /** the document's name, e.g. "lentera.documents.kinds.receipt" */
  label: string;
  /** POST …/documents/:kind */
  issuePath: string;
  /** GET …/:kind.pdf */
  readPath: string;
  filePrefix: string;
  /** the latest issued document of this kind, if any */
  issued: IssuedDocument | undefined;
  /** a write permission in the owning office */
  canIssue: boolean;
  icon?: ReactElement;
  onIssued?: (doc: IssuedDocument) => void;
  testId: string;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { busy, run } = useDownloadRun();
  const [confirming, setConfirming] = useState(false);
  const issue = () =>
    run(async () => {
      setConfirming(false);
      const doc = await issueDocument(issuePath);
      onIssued?.(doc);
      notify(doc.reprint ? 'lentera.documents.reprinted' : 'lentera.documents.issued', {
        type: 'info',
        messageArgs: { number: doc.number },
      });
      await downloadFile(doc.download, `${filePrefix}-${safeName(doc.number)}.pdf`);
    });
  const read = () => run(() => downloadFile(readPath, `${filePrefix}-${safeName(issued?.number ?? '')}.pdf`));
  const preview = () => run(() => downloadFile(`${readPath}?preview=1`, `${filePrefix}-draf.pdf`));
  const name = translate(label);
  return (
    <>
      <ButtonGroup variant="outlined" size="small" data-testid={testId} disabled={busy}>
        {issued ? (
          <Button onClick={read} label={`${name} ${issued.number}`}>
            {icon}
          </Button>
        ) : canIssue ? (
          <Button onClick={() => setConfirming(true)} label={translate('lentera.documents.issue', { name })}>
            {icon}
          </Button>
        ) : null}
        {issued && canIssue && (
          // on a phone react-admin shows a button's icon only (its label as tooltip and accessible name): never empty
          <Button onClick={() => setConfirming(true)} label="lentera.documents.reissue">
            <AutorenewIcon />
          </Button>
        )}
        <Button onClick={preview} label="lentera.documents.preview">
          <VisibilityOutlinedIcon />
        </Button>
      </ButtonGroup>
      <IssueConfirm name={name} open={confirming} busy={busy} onConfirm={issue} onClose={() => setConfirming(false)} />
    </>
  );
};

/**
 * A register or list for a period: "issue" POSTs (confirmed; the numbered PDF of one's own office comes back) and
 * "preview" GETs the unnumbered DRAF.
 */
export const PeriodDocumentButtons = ({
  label,
  issuePath,
  previewPath,
  body,
  fileName,
  canIssue,
  testId,
  orientation = 'horizontal',
}: {
  label: string;
  issuePath: string;
  /** the GET with its query */
  previewPath: string;
  body: Record<string, string>;
  fileName: string;
  canIssue: boolean;
  testId: string;
  /** vertical in a menu, where the buttons are read top to bottom */
  orientation?: 'horizontal' | 'vertical';
}) => {
  const translate = useTranslate();
  const { busy, run } = useDownloadRun();
  const [confirming, setConfirming] = useState(false);
  const name = translate(label);
  return (
    <>
      <ButtonGroup
        variant="text"
        size="small"
        data-testid={testId}
        disabled={busy}
        orientation={orientation}
        sx={orientation === 'vertical' ? { alignItems: 'flex-start' } : undefined}
      >
        {canIssue && (
          <Button onClick={() => setConfirming(true)} label={translate('lentera.documents.issue', { name })}>
            <PictureAsPdfIcon />
          </Button>
        )}
        <Button
          onClick={() => run(() => downloadFile(previewPath, fileName.replace(/\.pdf$/, '-draf.pdf')))}
          label={canIssue ? 'lentera.documents.preview' : translate('lentera.documents.preview_of', { name })}
        >
          <VisibilityOutlinedIcon />
        </Button>
      </ButtonGroup>
      <IssueConfirm
        name={name}
        open={confirming}
        busy={busy}
        onConfirm={() =>
          run(async () => {
            setConfirming(false);
            await downloadFile(issuePath, fileName, 'application/pdf', { method: 'POST', body });
          })
        }
        onClose={() => setConfirming(false)}
      />
    </>
  );
};
