import { ROLES } from '../permissions';
import { TIME_ZONES } from '../types';

/** Choice lists whose names are i18n keys (react-admin translates choice names by default). */
export const roleChoices = ROLES.map((id) => ({ id, name: `lentera.roles.${id}` }));
export const levelChoices = (['national', 'province', 'regency'] as const).map((id) => ({ id, name: `lentera.levels.${id}` }));
export const timeZoneChoices = TIME_ZONES.map((id) => ({ id, name: `lentera.time_zones.${id}` }));
