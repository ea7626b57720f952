import { Alert, Box } from '@mui/material';
import { Link, useCreatePath, useGetOne, useTranslate } from 'react-admin';
import { Detail, Panel } from '../common/Panel';
import { useCan } from '../common/useCan';
import type { Requester, RequesterSummary } from '../api/types';

type Identity = Partial<RequesterSummary> &
  Pick<RequesterSummary, 'id' | 'name' | 'type'> & {
    representativeName?: string | null;
    deedNumber?: string | null;
    ratificationNumber?: string | null;
    powerOfAttorney?: string | null;
  };

/**
 * The requester's identity as registered with this request or objection (its receipt, notice and register print it
 * so), and — when the requester's identity was updated since — a note that says so, with the way to its history.
 */
export const RegisteredIdentity = ({
  record,
}: {
  record: { requester?: Identity | null; requesterVersion?: number };
}) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const canOpen = useCan('show', 'requesters');
  const identity = record.requester;
  const { data: current } = useGetOne<Requester>(
    'requesters',
    { id: identity?.id ?? 0 },
    { enabled: !!identity && canOpen },
  );
  if (!identity) return null;
  const version = identity.version ?? record.requesterVersion;
  const changed = !!current?.version && !!version && current.version > version;
  const line = (...parts: Array<string | null | undefined>) => parts.filter(Boolean).join(' · ') || '—';
  return (
    <Panel title="lentera.identity.as_registered" testId="registered-identity">
      <Detail label="resources.requesters.fields.name">
        {identity.name}
        {' · '}
        {translate(`lentera.requesters.types.${identity.type}`, { _: identity.type })}
        {version ? ` · ${translate('lentera.identity.version', { version })}` : ''}
      </Detail>
      {identity.nik && (
        <Detail label="resources.requesters.fields.nik">
          <Box component="span" sx={{ fontFamily: 'monospace' }} data-testid="registered-nik">
            {identity.nik}
          </Box>
        </Detail>
      )}
      {identity.representativeName && (
        <Detail label="resources.requesters.fields.representativeName">{identity.representativeName}</Detail>
      )}
      {(identity.deedNumber || identity.ratificationNumber) && (
        <Detail label="resources.requesters.fields.deedNumber">
          {line(identity.deedNumber, identity.ratificationNumber)}
        </Detail>
      )}
      {identity.powerOfAttorney && (
        <Detail label="resources.requesters.fields.powerOfAttorney">{identity.powerOfAttorney}</Detail>
      )}
      {identity.address && <Detail label="resources.requesters.fields.address">{identity.address}</Detail>}
      <Detail label="lentera.identity.contact">{line(identity.phone, identity.email, identity.occupation)}</Detail>
      {changed && (
        <Alert severity="info" data-testid="identity-changed">
          {translate('lentera.identity.changed_since', { version: current!.version, name: current!.name })}{' '}
          {canOpen && (
            <Link to={createPath({ resource: 'requesters', id: identity.id, type: 'show' })}>
              {translate('lentera.identity.see_history')}
            </Link>
          )}
        </Alert>
      )}
    </Panel>
  );
};
