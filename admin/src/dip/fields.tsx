import GridOnIcon from '@mui/icons-material/GridOn';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { Box, Button as MuiButton, Chip, Stack, Tooltip, type ChipProps } from '@mui/material';
import { useGetIdentity, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import type { DipActor } from '../access';
import type { LenteraIdentity } from '../authProvider';
import { DownloadButton } from '../common/DownloadButton';
import { exportFileName } from './logic';
import {
  DIP_CATEGORIES,
  DIP_FLAGS,
  DIP_STATUSES,
  type DipCategory,
  type DipEntry,
  type DipEntryStatus,
  type DipFlags,
} from './types';
import { StateChip, type StateChipProps } from '../common/StateChip';

export const categoryChoices = DIP_CATEGORIES.map((id) => ({ id, name: `lentera.dip.categories.${id}` }));
export const dipStatusChoices = DIP_STATUSES.map((id) => ({ id, name: `lentera.dip.statuses.${id}` }));

const CATEGORY_COLORS: Record<DipCategory, ChipProps['color']> = {
  berkala: 'info',
  serta_merta: 'warning',
  setiap_saat: 'success',
  dikecualikan: 'error',
};

const STATUS_COLORS: Record<DipEntryStatus, ChipProps['color']> = {
  draft: 'default',
  submitted: 'warning',
  classified: 'success',
  withdrawn: 'default',
};

/** The category as a coloured chip; "not classified yet" when the PPID has not decided. */
export const CategoryChip = ({
  category,
  size = 'small',
}: {
  category: string | null | undefined;
  size?: ChipProps['size'];
}) => {
  const translate = useTranslate();
  if (!category)
    return <Chip size={size} variant="outlined" label={translate('lentera.dip.uncategorized')} data-category="none" />;
  return (
    <Chip
      size={size}
      color={CATEGORY_COLORS[category as DipCategory] ?? 'default'}
      variant={category === 'dikecualikan' ? 'filled' : 'outlined'}
      label={translate(`lentera.dip.categories.${category}`, { _: category })}
      data-category={category}
    />
  );
};

export const DipStatusChip = ({ status, size }: StateChipProps) => (
  <StateChip
    value={status}
    messages="lentera.dip.statuses"
    colors={STATUS_COLORS}
    filled={status === 'submitted'}
    size={size}
  />
);

/** "Perlu dideklasifikasi" / "Perlu diperbarui" from the server's flags, each explained in a tooltip. */
export const FlagChips = ({
  flags,
  size = 'small',
}: {
  flags: DipFlags | null | undefined;
  size?: ChipProps['size'];
}) => {
  const translate = useTranslate();
  const raised = DIP_FLAGS.filter((flag) => flags?.[flag]);
  if (!raised.length) return null;
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {raised.map((flag) => (
        <Tooltip key={flag} title={translate(`lentera.dip.flag_hints.${flag}`)}>
          <Chip
            size={size}
            color={flag === 'declassify' ? 'error' : 'warning'}
            label={translate(`lentera.dip.flags.${flag}`)}
            data-flag={flag}
          />
        </Tooltip>
      ))}
    </Stack>
  );
};

// Record-context versions for the list's columns.
export const CategoryField = (_props: { source?: string; label?: string }) => (
  <CategoryChip category={useRecordContext<DipEntry>()?.category} />
);
export const DipStatusField = (_props: { source?: string; label?: string }) => (
  <DipStatusChip status={useRecordContext<DipEntry>()?.status} />
);
export const FlagsField = (_props: { source?: string; label?: string }) => (
  <FlagChips flags={useRecordContext<DipEntry>()?.flags} />
);

/** The signed-in user's office, unit and permissions: what the DIP rules in access.ts need. */
export function useDipActor(): {
  permissions: string[] | undefined;
  actor: DipActor;
  officeCode: string | undefined;
  officeLevel: string | undefined;
} {
  const { permissions } = usePermissions<string[]>();
  const { identity } = useGetIdentity();
  const me = identity as LenteraIdentity | undefined;
  return {
    permissions,
    actor: me ? { officeId: me.office?.id, unitId: me.unitId } : undefined,
    officeCode: me?.office?.code,
    officeLevel: me?.office?.level,
  };
}

/** The office's public DIP page (the server's HTML page, outside the console), in a new tab. */
export const PublicPageButton = () => {
  const translate = useTranslate();
  const { officeCode } = useDipActor();
  if (!officeCode) return null;
  return (
    <Tooltip title={translate('lentera.dip.public_page_hint')}>
      <MuiButton
        size="small"
        href={`/informasi-publik/${encodeURIComponent(officeCode)}`}
        target="_blank"
        rel="noopener"
        startIcon={<OpenInNewIcon />}
        data-testid="dip-public-page"
      >
        {translate('lentera.dip.public_page')}
      </MuiButton>
    </Tooltip>
  );
};

/** The public downloads (PDF on the letterhead, XLSX) of the office's latest published version. */
export const PublicDownloadButtons = () => {
  const translate = useTranslate();
  const { officeCode } = useDipActor();
  if (!officeCode) return null;
  const base = `public/dip/${encodeURIComponent(officeCode)}/export`;
  return (
    <Tooltip title={translate('lentera.dip.download_hint')}>
      <Box component="span" sx={{ display: 'inline-flex', gap: 0.5 }} data-testid="dip-public-downloads">
        <DownloadButton
          path={`${base}?format=pdf`}
          fileName={exportFileName(officeCode, 'pdf')}
          label="lentera.dip.download_pdf"
          icon={<PictureAsPdfIcon />}
        />
        <DownloadButton
          path={`${base}?format=xlsx`}
          fileName={exportFileName(officeCode, 'xlsx')}
          label="lentera.dip.download_xlsx"
          icon={<GridOnIcon />}
          accept="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        />
      </Box>
    </Tooltip>
  );
};
