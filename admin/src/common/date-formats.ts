/** Indonesian order whatever the browser's locale (a native date input follows the browser: mm/dd/yyyy in en-US). */
export const DATE_FORMAT = 'dd/MM/yyyy';
/** A moment: the Indonesian date and a 24-hour time. */
export const DATE_TIME_FORMAT = 'dd/MM/yyyy HH:mm';
