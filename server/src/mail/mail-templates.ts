/**
 * The messages Lentera sends to requesters, and the wording an office starts from. An office may rewrite the subject,
 * the greeting (intro) and the closing of each; the part in between — numbers, dates, deadlines, rights — is written
 * by the code from the record and the law and cannot be edited. Placeholders: {name}, {number}, {office}.
 */
export const MESSAGE_KINDS = [
  'request.received',
  'request.incomplete',
  'request.completion_reminder',
  'request.extended',
  'request.decided',
  'request.delivered',
  'objection.received',
  'objection.decided',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface TemplateText {
  subject: string;
  intro: string;
  closing: string;
}

const CLOSING_ID = 'Hormat kami,\nPejabat Pengelola Informasi dan Dokumentasi (PPID)\n{office}';
const CLOSING_EN = 'Yours sincerely,\nInformation and Documentation Management Officer (PPID)\n{office}';

export const DEFAULT_TEMPLATES: Record<MessageKind, Record<'id' | 'en', TemplateText>> = {
  'request.received': {
    id: {
      subject: 'Tanda bukti permohonan informasi {number}',
      intro: 'Yth. {name},\n\nPermohonan informasi publik Anda telah kami terima dan dicatat dengan rincian berikut.',
      closing: CLOSING_ID,
    },
    en: {
      subject: 'Receipt of your information request {number}',
      intro: 'Dear {name},\n\nWe have received and registered your request for public information.',
      closing: CLOSING_EN,
    },
  },
  'request.incomplete': {
    id: {
      subject: 'Permohonan informasi {number} belum lengkap',
      intro: 'Yth. {name},\n\nPermohonan informasi Anda belum dapat kami proses karena belum lengkap.',
      closing: CLOSING_ID,
    },
    en: {
      subject: 'Your information request {number} is incomplete',
      intro: 'Dear {name},\n\nWe cannot process your request yet because it is incomplete.',
      closing: CLOSING_EN,
    },
  },
  'request.completion_reminder': {
    id: {
      subject: 'Pengingat: lengkapi permohonan informasi {number}',
      intro: 'Yth. {name},\n\nKami mengingatkan bahwa permohonan informasi Anda masih menunggu kelengkapan.',
      closing: CLOSING_ID,
    },
    en: {
      subject: 'Reminder: complete your information request {number}',
      intro: 'Dear {name},\n\nThis is a reminder that your request is still waiting to be completed.',
      closing: CLOSING_EN,
    },
  },
  'request.extended': {
    id: {
      subject: 'Pemberitahuan perpanjangan waktu permohonan informasi {number}',
      intro: 'Yth. {name},\n\nBersama ini kami memberitahukan perpanjangan waktu untuk menjawab permohonan Anda.',
      closing: CLOSING_ID,
    },
    en: {
      subject: 'Extension of the time to answer your request {number}',
      intro: 'Dear {name},\n\nWe inform you that the time to answer your request has been extended.',
      closing: CLOSING_EN,
    },
  },
  'request.decided': {
    id: {
      subject: 'Pemberitahuan tertulis atas permohonan informasi {number}',
      intro: 'Yth. {name},\n\nBersama ini kami sampaikan pemberitahuan tertulis atas permohonan informasi Anda.',
      closing: CLOSING_ID,
    },
    en: {
      subject: 'Written notice on your information request {number}',
      intro: 'Dear {name},\n\nPlease find the written notice on your information request.',
      closing: CLOSING_EN,
    },
  },
  'request.delivered': {
    id: {
      subject: 'Informasi yang Anda minta: {number}',
      intro: 'Yth. {name},\n\nBersama ini kami sampaikan informasi yang Anda minta.',
      closing: CLOSING_ID,
    },
    en: {
      subject: 'The information you asked for: {number}',
      intro: 'Dear {name},\n\nPlease find the information you asked for.',
      closing: CLOSING_EN,
    },
  },
  'objection.received': {
    id: {
      subject: 'Tanda terima keberatan {number}',
      intro: 'Yth. {name},\n\nKeberatan Anda telah kami terima dan dicatat.',
      closing: CLOSING_ID,
    },
    en: {
      subject: 'Receipt of your objection {number}',
      intro: 'Dear {name},\n\nWe have received and registered your objection.',
      closing: CLOSING_EN,
    },
  },
  'objection.decided': {
    id: {
      subject: 'Tanggapan Atasan PPID atas keberatan {number}',
      intro: 'Yth. {name},\n\nBersama ini kami sampaikan tanggapan tertulis Atasan PPID atas keberatan Anda.',
      closing: CLOSING_ID,
    },
    en: {
      subject: "The Atasan PPID's answer to your objection {number}",
      intro: "Dear {name},\n\nPlease find the Atasan PPID's written answer to your objection.",
      closing: CLOSING_EN,
    },
  },
};

export const MESSAGE_LABELS: Record<MessageKind, { id: string; en: string }> = {
  'request.received': { id: 'Tanda bukti permohonan', en: 'Receipt of a request' },
  'request.incomplete': { id: 'Pemberitahuan permohonan belum lengkap', en: 'Notice that a request is incomplete' },
  'request.completion_reminder': { id: 'Pengingat batas melengkapi', en: 'Reminder of the completion deadline' },
  'request.extended': { id: 'Pemberitahuan perpanjangan waktu', en: 'Extension notice' },
  'request.decided': { id: 'Pemberitahuan tertulis', en: 'Written notice' },
  'request.delivered': { id: 'Penyampaian informasi', en: 'Delivery of the information' },
  'objection.received': { id: 'Tanda terima keberatan', en: 'Receipt of an objection' },
  'objection.decided': { id: 'Tanggapan Atasan PPID', en: "The Atasan PPID's answer" },
};

/** Fills the placeholders of a template with the record's values. */
export function fill(text: string, values: { name: string; number: string; office: string }): string {
  return text.replace(/\{(name|number|office)\}/g, (_, k: keyof typeof values) => values[k]);
}

const LONG_DATE: Record<'id' | 'en', Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/** A calendar date as a message says it: "Rabu, 4 November 2026" / "Wednesday 4 November 2026". */
export function longDate(date: string, lang: 'id' | 'en'): string {
  return LONG_DATE[lang].format(new Date(`${date}T00:00:00Z`));
}
