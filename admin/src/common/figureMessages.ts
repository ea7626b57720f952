/**
 * The words of the service figures a monthly and an annual report both show (requests received and decided, how
 * they were answered, the median time), one copy for both; each report's messages spread them into its own.
 */
export const serviceFigureMessages = {
  id: {
    received: 'Permohonan diterima',
    decided: 'Permohonan diputuskan',
    within_deadline: 'Dijawab dalam jangka waktu',
    within_extension: 'Dijawab dalam masa perpanjangan',
    late: 'Melewati batas waktu',
    on_time: 'Tepat waktu',
    median: 'Median waktu jawab (hari kerja)',
    objections: 'Keberatan diterima / ditanggapi',
  },
  en: {
    received: 'Requests received',
    decided: 'Requests decided',
    within_deadline: 'Answered within the deadline',
    within_extension: 'Answered within the extension',
    late: 'Past the deadline',
    on_time: 'On time',
    median: 'Median time to answer (working days)',
    objections: 'Objections received / answered',
  },
};
