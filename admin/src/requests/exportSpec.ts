import type { InfoRequest } from '../api/types';
import { exportSpec } from '../common/exporter';

/** The request list's export: what the list shows, plus the office, the regime and the decision, in words. */
export const requestExport = exportSpec<InfoRequest>({
  file: 'permohonan',
  columns: [
    { header: 'resources.requests.fields.number', value: (r) => r.number },
    { header: 'resources.requests.fields.receivedAt', value: (r, t) => t.date(r.receivedDate ?? r.receivedAt) },
    { header: 'resources.requests.fields.channel', value: (r, t) => t.label('lentera.requests.channels', r.channel) },
    { header: 'lentera.office.column', value: (r) => r.officeName ?? null },
    { header: 'resources.requests.fields.requester', value: (r) => r.requester?.name ?? null },
    { header: 'resources.requests.fields.informationRequested', value: (r) => r.informationRequested },
    { header: 'lentera.legal.regime', value: (r, t) => t.label('lentera.legal.regimes', r.regime) },
    { header: 'resources.requests.fields.status', value: (r, t) => t.label('lentera.requests.statuses', r.status) },
    { header: 'resources.requests.fields.effectiveDueDate', value: (r, t) => t.date(r.effectiveDueDate) },
    {
      header: 'resources.requests.fields.decision',
      value: (r, t) => t.label('lentera.requests.decisions', r.decision),
    },
  ],
});
