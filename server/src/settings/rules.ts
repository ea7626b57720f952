import { Msg, msg } from '../common/i18n';

/**
 * The office's own settings: the due-soon flag, the SOP standard minutes, the on-time target and the registration
 * number format. Each office may override the defaults; every change is audited. The legal clocks (answer,
 * extension, completion, objections, disputes) are not here: they are rule sets with effective dates
 * (clocks/rule-sets.service.ts, values from the legal catalogue).
 */
export interface RuleDef {
  key: string;
  label: Msg;
  type: 'int' | 'string';
  default: number | string;
  min?: number;
  max?: number;
  pattern?: RegExp;
}

export const RULES = [
  {
    key: 'deadline.dueSoonDays',
    label: msg(
      'Tanda "segera jatuh tempo" (hari kerja sebelum batas)',
      '"Due soon" flag (working days before the deadline)',
    ),
    type: 'int',
    default: 2,
    min: 0,
    max: 10,
  },
  {
    key: 'sop.step1Minutes',
    label: msg('Standar langkah 1: pengisian formulir (menit)', 'Standard of step 1: the form (minutes)'),
    type: 'int',
    default: 10,
    min: 1,
    max: 240,
  },
  {
    key: 'sop.step2Minutes',
    label: msg('Standar langkah 2: informasi tersedia (menit)', 'Standard of step 2: information available (minutes)'),
    type: 'int',
    default: 15,
    min: 1,
    max: 240,
  },
  {
    key: 'kpi.onTimeTargetPercent',
    label: msg('Target jawaban tepat waktu (%)', 'On-time answer target (%)'),
    type: 'int',
    default: 95,
    min: 50,
    max: 100,
  },
  {
    key: 'sop.step3Minutes',
    label: msg('Standar langkah 3: informasi dikecualikan (menit)', 'Standard of step 3: exempt information (minutes)'),
    type: 'int',
    default: 5,
    min: 1,
    max: 240,
  },
  {
    key: 'request.numberFormat',
    label: msg('Format nomor registrasi permohonan', 'Request registration number format'),
    type: 'string',
    default: '{seq:3}/PPID/{office}/{month}/{year}',
    pattern: /^(?=.*\{seq(:\d)?\})[A-Za-z0-9{}:./ -]{3,80}$/,
  },
] as const satisfies readonly RuleDef[];

export type RuleKey = (typeof RULES)[number]['key'];
export type Rules = { [K in (typeof RULES)[number] as K['key']]: K['type'] extends 'int' ? number : string };

export const RULE_BY_KEY: Record<string, RuleDef> = Object.fromEntries(RULES.map((r) => [r.key, r]));

export function defaultRules(): Rules {
  return Object.fromEntries(RULES.map((r) => [r.key, r.default])) as Rules;
}

/** Formats a registration number: {seq:3} → 012, {office} → KPU-LBK, {month} → III, {mm} → 03, {year} → 2026. */
export function formatNumber(
  format: string,
  v: { seq: number; officeCode: string; month: number; year: number },
): string {
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][v.month - 1];
  return format.replace(/\{(seq(?::(\d))?|office|month|mm|year)\}/g, (_, token: string, pad?: string) => {
    if (token.startsWith('seq')) return String(v.seq).padStart(pad ? Number(pad) : 1, '0');
    if (token === 'office') return v.officeCode;
    if (token === 'month') return roman;
    if (token === 'mm') return String(v.month).padStart(2, '0');
    return String(v.year);
  });
}
