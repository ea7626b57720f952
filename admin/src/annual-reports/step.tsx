import { Alert } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, usePermissions, useTranslate, useUpdate } from 'react-admin';
import { formatInZone } from '../common/datetime';
import { useOfficeTimeZone } from '../common/fields';
import { useRecordAction } from '../common/mutations';
import { offeredAnnualActions, type AnnualAction } from './actions';
import type { AnnualReport } from './types';

export const M = 'lentera.annual_reports';

/**
 * The report's steps through the data provider (react-query mutations): `run` POSTs one step of the lifecycle
 * (annual-reports/:id/<step>), `save` PATCHes fields of the report (useUpdate). Either shows the server's message on
 * failure, or notifies and invalidates the report (its page and the list) on success.
 */
export function useStep(record: AnnualReport) {
  const translate = useTranslate();
  const notify = useNotify();
  const step = useRecordAction('annual-reports', record.id);
  const [update, { isPending: saving }] = useUpdate<AnnualReport>();
  const [error, setError] = useState<string | null>(null);
  const attempt = async (send: () => Promise<unknown>, label: string): Promise<boolean> => {
    setError(null);
    try {
      await send();
      notify(`${M}.done`, { type: 'success', messageArgs: { action: translate(label) } });
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  };
  const run = (action: string, body: unknown, label: string) =>
    attempt(() => step.mutateAsync({ action, body }), label);
  const save = (data: Partial<AnnualReport>, label: string) =>
    attempt(
      () =>
        update(
          'annual-reports',
          { id: record.id, data, previousData: record },
          { mutationMode: 'pessimistic', returnPromise: true },
        ),
      label,
    );
  const alert = error ? (
    <Alert severity="error" sx={{ mt: 1 }} data-testid="action-error">
      {error}
    </Alert>
  ) : null;
  return { run, save, busy: step.isPending || saving, alert, setError };
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
