import { OBJECTION_GROUNDS, OBJECTION_STATUSES } from './lifecycle';

/** Choice lists whose names are i18n keys (react-admin translates choice names by default). */
export const objectionStatusChoices = OBJECTION_STATUSES.map((id) => ({
  id,
  name: `lentera.objections.statuses.${id}`,
}));
export const stageChoices = (['mediation', 'adjudication'] as const).map((id) => ({
  id,
  name: `lentera.objections.stages.${id}`,
}));

/** The grounds of UU KIP Pasal 35 ayat (1), the unavailable ones disabled. */
export const groundChoices = (unavailable: readonly string[] = []) =>
  OBJECTION_GROUNDS.map((id) => ({ id, name: `lentera.objections.grounds.${id}`, disabled: unavailable.includes(id) }));

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
