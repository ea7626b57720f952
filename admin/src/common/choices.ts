import { ROLES } from '../permissions';
import { DECISIONS, REQUEST_STATUSES } from '../lifecycle';
import { TIME_ZONES } from '../api/types';
import { EXEMPTION_LETTERS } from './legal';

/** Choice lists whose names are i18n keys (react-admin translates choice names by default). */
export const roleChoices = ROLES.map((id) => ({ id, name: `lentera.roles.${id}` }));
export const levelChoices = (['national', 'province', 'regency'] as const).map((id) => ({
  id,
  name: `lentera.levels.${id}`,
}));
export const timeZoneChoices = TIME_ZONES.map((id) => ({ id, name: `lentera.time_zones.${id}` }));

// The server's lists (server/src/requests/request.entity.ts), kept in the same order.
export const CHANNELS = ['in_person', 'letter', 'email', 'phone', 'fax', 'web'] as const;
export const OBTAIN_METHODS = ['see', 'read', 'listen', 'note', 'softcopy', 'hardcopy'] as const;
export const DELIVERY_METHODS = ['pickup', 'courier', 'post', 'fax', 'email'] as const;
/** UU 14/2008 Pasal 17 huruf a–j, from the legal catalogue (labels: i18n lentera.requests.pasal17, built from it too). */
export const REFUSAL_BASES = EXEMPTION_LETTERS;
export const REQUESTER_TYPES = ['person', 'entity', 'group'] as const;
export const REQUESTER_FILE_KINDS = ['ktp', 'deed', 'ratification', 'power_of_attorney', 'other'] as const;
export const HOLIDAY_KINDS = ['national', 'cuti_bersama', 'local'] as const;

export const statusChoices = REQUEST_STATUSES.map((id) => ({ id, name: `lentera.requests.statuses.${id}` }));
export const decisionChoices = DECISIONS.map((id) => ({ id, name: `lentera.requests.decisions.${id}` }));
export const channelChoices = CHANNELS.map((id) => ({ id, name: `lentera.requests.channels.${id}` }));
export const obtainChoices = OBTAIN_METHODS.map((id) => ({ id, name: `lentera.requests.obtain.${id}` }));
export const deliveryChoices = DELIVERY_METHODS.map((id) => ({ id, name: `lentera.requests.delivery.${id}` }));
export const deliverViaChoices = [{ id: 'in_person', name: 'lentera.requests.delivery.in_person' }, ...deliveryChoices];
export const formChoices = (['softcopy', 'hardcopy'] as const).map((id) => ({
  id,
  name: `lentera.requests.forms.${id}`,
}));
export const refusalBasisChoices = REFUSAL_BASES.map((id) => ({ id, name: `lentera.requests.pasal17.${id}` }));
export const requesterTypeChoices = REQUESTER_TYPES.map((id) => ({ id, name: `lentera.requesters.types.${id}` }));
export const requesterFileKindChoices = REQUESTER_FILE_KINDS.map((id) => ({
  id,
  name: `lentera.requesters.kinds.${id}`,
}));
export const holidayKindChoices = HOLIDAY_KINDS.map((id) => ({ id, name: `lentera.holidays.kinds.${id}` }));
export const taskStatusChoices = (['open', 'answered'] as const).map((id) => ({
  id,
  name: `lentera.tasks.statuses.${id}`,
}));
