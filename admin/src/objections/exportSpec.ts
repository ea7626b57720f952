import { exportSpec } from '../common/exporter';
import type { Objection } from './types';

/** The objection list's export: what the list shows, in words. */
export const objectionExport = exportSpec<Objection>({
  file: 'keberatan',
  columns: [
    { header: 'resources.objections.fields.number', value: (o) => o.number },
    { header: 'resources.objections.fields.filedAt', value: (o, t) => t.date(o.filedDate) },
    { header: 'lentera.office.column', value: (o) => o.officeName },
    { header: 'resources.objections.fields.requester', value: (o) => o.requester?.name ?? null },
    { header: 'resources.objections.fields.request.number', value: (o) => o.request?.number ?? null },
    { header: 'lentera.objections.list.grounds', value: (o) => o.grounds.join(', ') },
    { header: 'resources.objections.fields.status', value: (o, t) => t.label('lentera.objections.statuses', o.status) },
    { header: 'resources.objections.fields.responseDueDate', value: (o, t) => t.date(o.responseDueDate) },
    {
      header: 'resources.objections.fields.decision',
      value: (o, t) => t.label('lentera.objections.decisions', o.decision),
    },
  ],
});
