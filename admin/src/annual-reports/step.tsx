import { Alert } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, usePermissions, useRefresh, useTranslate } from 'react-admin';
import { sendJson } from '../common/api';
import { formatInZone } from '../common/datetime';
import { useOfficeTimeZone } from '../common/fields';
import { offeredAnnualActions, type AnnualAction } from './actions';
import type { AnnualReport } from './types';

export const M = 'lentera.annual_reports';

/** Runs one API step: shows the server's message on failure, notifies and refreshes on success. */
export function useStep() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (method: 'POST' | 'PATCH', path: string, body: unknown, label: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await sendJson(method, path, body);
      notify(`${M}.done`, { type: 'success', messageArgs: { action: translate(label) } });
      refresh();
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const alert = error ? (
    <Alert severity="error" sx={{ mt: 1 }} data-testid="action-error">
      {error}
    </Alert>
  ) : null;
  return { run, busy, alert, setError };
}

export function useOffered(record: AnnualReport): AnnualAction[] {
  const { permissions } = usePermissions<string[]>();
  return offeredAnnualActions(permissions, record.allowedActions);
}

/** Why the server refuses an action now (a guard), in the console's language; null when it is not refused. */
export function useRefusal(record: AnnualReport, action: AnnualAction): string | null {
  const [locale] = useLocaleState();
  const why = record.refusals?.[action];
  return why ? (locale === 'en' ? why.en : why.id) : null;
}

export const When = ({ value }: { value: string | null | undefined }) => {
  const [locale] = useLocaleState();
  const tz = useOfficeTimeZone();
  return <>{value ? formatInZone(value, tz, locale) : '—'}</>;
};
