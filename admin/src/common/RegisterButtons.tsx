import TableViewIcon from '@mui/icons-material/TableView';
import { MenuItem, TextField, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useListContext, useTranslate } from 'react-admin';
import { registerPeriod } from '../objections/queue';
import { Permission } from '../permissions';
import { loadSession } from '../session';
import { todayIn } from './dates';
import { DownloadButton } from './DownloadButton';
import { PeriodDocumentButtons } from './DocumentButtons';
import { useOfficeTimeZone } from './fields';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const KINDS = {
  requests: {
    label: 'lentera.documents.kinds.request_register',
    file: { general: 'register-permohonan', election: 'register-layanan-pemilu' },
    permission: Permission.RequestRegister,
  },
  objections: {
    label: 'lentera.documents.kinds.objection_register',
    file: { general: 'register-keberatan', election: 'register-keberatan-pemilu' },
    permission: Permission.ObjectionRead,
  },
} as const;

/**
 * The register of the list's period (the from/to filter, or the year so far), per regime: each regime keeps its own
 * book. "Issue" numbers the register of one's own office (POST, confirmed); the DRAF preview and the workbook read.
 */
export const RegisterButtons = ({ kind }: { kind: keyof typeof KINDS }) => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const { from, to } = registerPeriod(filterValues, todayIn(useOfficeTimeZone()));
  const [regime, setRegime] = useState<'general' | 'election'>('general');
  const def = KINDS[kind];
  const user = loadSession()?.user;
  const query = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&regime=${regime}`;
  const file = `${def.file[regime]}-${from}-${to}`;
  return (
    <Tooltip title={translate('lentera.documents.register_period', { from, to })}>
      <span data-testid="register-buttons" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        <TextField
          select
          size="small"
          variant="standard"
          value={regime}
          onChange={(e) => setRegime(e.target.value as 'general' | 'election')}
          label={translate('lentera.documents.regime')}
          slotProps={{ htmlInput: { 'data-testid': 'register-regime' } }}
          sx={{ minWidth: 150 }}
        >
          <MenuItem value="general">{translate('lentera.documents.regimes.general')}</MenuItem>
          <MenuItem value="election">{translate('lentera.documents.regimes.election')}</MenuItem>
        </TextField>
        <PeriodDocumentButtons
          testId="register-pdf"
          label={def.label}
          issuePath={`registers/${kind}.pdf`}
          previewPath={`registers/${kind}.pdf?${query}`}
          body={{ from, to, regime }}
          fileName={`${file}.pdf`}
          canIssue={Boolean(user?.permissions.includes(def.permission))}
        />
        <DownloadButton
          path={`registers/${kind}.xlsx?${query}`}
          fileName={`${file}.xlsx`}
          label="lentera.documents.xlsx"
          icon={<TableViewIcon />}
          accept={XLSX_TYPE}
        />
      </span>
    </Tooltip>
  );
};
