import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import TableViewIcon from '@mui/icons-material/TableView';
import { MenuItem, Popover, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useListContext, useTranslate } from 'react-admin';
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
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // One button in the list's toolbar (the toolbar stays one line at 1280 px and on a phone); the choices open under it.
  return (
    <>
      <Button
        label={def.label}
        onClick={(e) => setAnchor(e.currentTarget)}
        data-testid="register-menu"
        aria-haspopup="dialog"
        aria-expanded={Boolean(anchor)}
        endIcon={<ArrowDropDownIcon />}
      >
        <MenuBookIcon />
      </Button>
      <Popover
        open={Boolean(anchor)}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Stack data-testid="register-buttons" spacing={1.5} sx={{ p: 2, maxWidth: 360 }}>
          <Typography variant="body2" color="text.secondary">
            {translate('lentera.documents.register_period', { from, to })}
          </Typography>
          <TextField
            select
            size="small"
            value={regime}
            onChange={(e) => setRegime(e.target.value as 'general' | 'election')}
            label={translate('lentera.documents.regime')}
            slotProps={{ htmlInput: { 'data-testid': 'register-regime' } }}
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
            orientation="vertical"
          />
          <DownloadButton
            path={`registers/${kind}.xlsx?${query}`}
            fileName={`${file}.xlsx`}
            label="lentera.documents.xlsx"
            icon={<TableViewIcon />}
            accept={XLSX_TYPE}
          />
        </Stack>
      </Popover>
    </>
  );
};
