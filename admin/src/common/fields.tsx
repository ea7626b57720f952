import { Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useGetIdentity, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { LenteraIdentity } from '../authProvider';
import { formatInZone, zoneAbbreviation } from './datetime';

export function useOfficeTimeZone(): string {
  const { identity } = useGetIdentity();
  return (identity as LenteraIdentity | undefined)?.office?.timeZone || 'Asia/Jakarta';
}

/** How a moment reads on the signed-in user's office clock (WIB/WITA/WIT), in the console's language. */
export function useOfficeDateTime(): (value: string | number | Date) => string {
  const timeZone = useOfficeTimeZone();
  const [locale] = useLocaleState();
  return (value) => formatInZone(value, timeZone, locale);
}

export function useOfficeZoneLabel(): string {
  return zoneAbbreviation(useOfficeTimeZone());
}

/** A UTC instant shown in the signed-in user's office time zone (WIB/WITA/WIT). */
export const OfficeDateTimeField = ({ source, emptyText }: { source: string; label?: string; emptyText?: string }) => {
  const record = useRecordContext();
  const dateTime = useOfficeDateTime();
  const translate = useTranslate();
  const value = record?.[source];
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {value ? dateTime(value) : emptyText ? translate(emptyText, { _: emptyText }) : ''}
    </Typography>
  );
};

export const RoleChipList = ({ roles }: { roles: readonly string[] | undefined }) => {
  const translate = useTranslate();
  if (!roles?.length) return null;
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {roles.map((role) => (
        <Chip key={role} label={translate(`lentera.roles.${role}`, { _: role })} variant="outlined" color="primary" />
      ))}
    </Stack>
  );
};

/** The `roles` of the current record as chips with their labels. */
export const RoleChips = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<{ roles?: string[] }>();
  return <RoleChipList roles={record?.roles} />;
};

export const LevelField = ({ source = 'level' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const level = record?.[source];
  return level ? (
    <Typography component="span" variant="body2">
      {translate(`lentera.levels.${level}`, { _: String(level) })}
    </Typography>
  ) : null;
};

export const TimeZoneField = ({ source = 'timeZone' }: { source?: string; label?: string; long?: boolean }) => {
  const record = useRecordContext();
  const zone = record?.[source];
  return zone ? (
    <Typography component="span" variant="body2" title={String(zone)}>
      {zoneAbbreviation(String(zone))}
    </Typography>
  ) : null;
};

/** A register number or a tracking code in a list's cell: bold monospace, on one line. */
export const NumberText = ({ children }: { children: ReactNode }) => (
  <Typography component="span" variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap', fontFamily: 'monospace' }}>
    {children}
  </Typography>
);
