import type { SxProps, Theme } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { enUS, idID } from '@mui/x-date-pickers/locales';
import { enGB } from 'date-fns/locale/en-GB';
import { id as idLocale } from 'date-fns/locale/id';
import {
  FieldTitle,
  InputHelperText,
  useInput,
  useLocaleState,
  useTranslate,
  type InputProps,
  type Validator,
} from 'react-admin';
import { dateToLocalInput, isoToLocalDate, localDateToIso, localInputToDate } from './dates';

const placeholders = {
  fieldDayPlaceholder: () => 'dd',
  fieldMonthPlaceholder: () => 'mm',
  fieldYearPlaceholder: (params: { digitAmount: number }) => 'y'.repeat(params.digitAmount),
  fieldHoursPlaceholder: () => 'hh',
  fieldMinutesPlaceholder: () => 'mm',
};

/** The picker's words in the console's language, with dd/mm/yyyy as the empty field in both. */
const TEXTS = {
  id: { ...idID.components.MuiLocalizationProvider.defaultProps.localeText, ...placeholders },
  en: { ...enUS.components.MuiLocalizationProvider.defaultProps.localeText, ...placeholders },
};

/** Indonesian order whatever the browser's locale (a native date input follows the browser: mm/dd/yyyy in en-US). */
const DATE_FORMAT = 'dd/MM/yyyy';
/** A moment: the Indonesian date and a 24-hour time. */
const DATE_TIME_FORMAT = 'dd/MM/yyyy HH:mm';

/**
 * A calendar date ('YYYY-MM-DD', never an instant) or a wall-clock moment ('YYYY-MM-DDTHH:mm', read as an instant on
 * the office's clock by localInputToIso when sent).
 */
const KINDS = {
  date: { toDate: isoToLocalDate, fromDate: localDateToIso },
  datetime: { toDate: localInputToDate, fromDate: dateToLocalInput },
  // a month of a report: 'YYYY-MM', typed and shown as mm/yyyy
  month: {
    toDate: (value: unknown) => (typeof value === 'string' && value ? isoToLocalDate(`${value}-01`) : null),
    fromDate: (value: Date | null | undefined) => {
      const iso = localDateToIso(value);
      return iso && iso !== 'invalid' ? iso.slice(0, 7) : iso;
    },
  },
} as const;
type Kind = keyof typeof KINDS;

interface PickerFieldProps {
  kind: Kind;
  /** the form's value: 'YYYY-MM-DD' (date) or 'YYYY-MM-DDTHH:mm' (datetime); empty for none */
  value: unknown;
  /** a complete value, or null when cleared; never called with an unfinished one */
  onChange: (value: string | null) => void;
  /** whether what is typed is unfinished or impossible (31/02) */
  onTypedWrong: (wrong: boolean) => void;
  onBlur?: () => void;
  label: ReactNode;
  name: string;
  /** the earliest and latest dates allowed, 'YYYY-MM-DD' */
  min?: string;
  max?: string;
  disabled?: boolean;
  sx?: SxProps<Theme>;
  error?: boolean;
  helperText?: ReactNode;
}

/**
 * The MUI X picker of the console, typed and shown as dd/mm/yyyy (with a 24-hour time for a moment), with a calendar
 * in the console's language (date-fns' Indonesian or British English).
 */
const PickerField = ({
  kind,
  value: formValue,
  onChange,
  onTypedWrong,
  onBlur,
  label,
  name,
  min,
  max,
  disabled,
  sx,
  error,
  helperText,
}: PickerFieldProps) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const { toDate, fromDate } = KINDS[kind];
  const en = locale === 'en';
  // the picker's own value, echoed back even while unfinished (an invalid date): fed only the form's value, it would
  // clear the sections typed so far at each keystroke; the form's value replaces it when changed from outside
  const [value, setValue] = useState<Date | null>(() => toDate(formValue));
  const [seen, setSeen] = useState<unknown>(formValue);
  if (formValue !== seen) {
    // adjusted while rendering (React's pattern for state derived from a changed prop), not in an effect
    setSeen(formValue);
    if (fromDate(value) !== (formValue || null)) setValue(toDate(formValue));
  }
  const common = {
    value,
    onChange: (next: Date | null) => {
      setValue(next);
      const text = fromDate(next);
      onTypedWrong(text === 'invalid');
      if (text !== 'invalid') onChange(text);
    },
    minDate: isoToLocalDate(min) ?? undefined,
    maxDate: isoToLocalDate(max) ?? undefined,
    disabled,
    label,
    sx,
    slotProps: {
      textField: { name, onBlur, error, size: 'small' as const, margin: 'dense' as const, helperText },
      openPickerButton: { 'aria-label': translate('lentera.dates.open_calendar') },
    },
  };
  return (
    // the same objects on every render: new ones would make the field rebuild its sections mid-typing
    <LocalizationProvider
      dateAdapter={AdapterDateFns}
      adapterLocale={en ? enGB : idLocale}
      localeText={TEXTS[en ? 'en' : 'id']}
    >
      {kind === 'date' ? (
        <DatePicker format={DATE_FORMAT} {...common} />
      ) : kind === 'month' ? (
        <DatePicker format="MM/yyyy" views={['year', 'month']} openTo="month" {...common} />
      ) : (
        <DateTimePicker format={DATE_TIME_FORMAT} ampm={false} {...common} />
      )}
    </LocalizationProvider>
  );
};

export type DateInputIdProps = {
  source: string;
  label?: InputProps['label'];
  validate?: Validator | Validator[];
  helperText?: string | false;
  /** the earliest and latest dates allowed, 'YYYY-MM-DD' */
  min?: string;
  max?: string;
  disabled?: boolean;
  sx?: SxProps<Theme>;
  alwaysOn?: boolean;
  defaultValue?: string;
};

/** A react-admin input of either kind: the form's value, its validation and its messages under the field. */
const RaPickerInput = ({
  kind,
  source,
  label,
  validate,
  helperText,
  defaultValue,
  ...rest
}: DateInputIdProps & { kind: Kind }) => {
  const { field, fieldState, isRequired } = useInput({ source, validate, defaultValue });
  // an unfinished or impossible date (31/02) keeps the last good value and says so under the field
  const [typedWrong, setTypedWrong] = useState(false);
  const error = typedWrong ? 'lentera.dates.invalid' : fieldState.error?.message;
  const showError = (typedWrong && fieldState.isTouched) || (!!error && (fieldState.isTouched || fieldState.invalid));
  return (
    <PickerField
      kind={kind}
      value={field.value}
      onChange={field.onChange}
      onTypedWrong={setTypedWrong}
      onBlur={field.onBlur}
      name={source}
      label={<FieldTitle label={label} source={source} isRequired={isRequired} />}
      error={showError}
      helperText={
        showError || helperText ? (
          <InputHelperText error={error} helperText={helperText === false ? undefined : helperText} />
        ) : undefined
      }
      {...rest}
    />
  );
};

/**
 * A calendar date (the API's 'YYYY-MM-DD', never an instant) typed and shown as dd/mm/yyyy, with a calendar in the
 * console's language (MUI X DatePicker with date-fns): the shared date input of the console's react-admin forms.
 */
export const DateInputId = (props: DateInputIdProps) => <RaPickerInput kind="date" {...props} />;

/**
 * A moment typed and shown as dd/mm/yyyy hh:mm (24-hour), in place of a native datetime-local field: the form keeps
 * 'YYYY-MM-DDTHH:mm' as that field did, sent as that moment on the office's clock (localInputToIso with the office's
 * zone), whatever zone the computer is set to.
 */
export const DateTimeInputId = (props: Omit<DateInputIdProps, 'min' | 'max'>) => (
  <RaPickerInput kind="datetime" {...props} />
);

/**
 * The same date picker for a form that is not react-admin's (a page's period, a step's own fields): controlled by a
 * 'YYYY-MM-DD' value ('' for none), `onChange` only with a complete date or '' when cleared.
 */
/** A month ('YYYY-MM') typed and shown as mm/yyyy, for a form that is not react-admin's (a report's month). */
export type MonthPickerIdProps = {
  value: string;
  onChange: (value: string) => void;
  label: string;
  name: string;
};

export const MonthPickerId = ({ value, onChange, label, name }: MonthPickerIdProps) => {
  const translate = useTranslate();
  const [typedWrong, setTypedWrong] = useState(false);
  return (
    <PickerField
      kind="month"
      value={value}
      onChange={(next) => onChange(next ?? '')}
      onTypedWrong={setTypedWrong}
      label={label}
      name={name}
      error={typedWrong}
      helperText={typedWrong ? translate('lentera.dates.invalid') : undefined}
    />
  );
};

export type DatePickerIdProps = {
  value: string;
  onChange: (value: string) => void;
  label: string;
  name: string;
  min?: string;
  max?: string;
  error?: boolean;
  helperText?: ReactNode;
  sx?: SxProps<Theme>;
};

export const DatePickerId = ({ value, onChange, label, name, min, max, error, helperText, sx }: DatePickerIdProps) => {
  const translate = useTranslate();
  const [typedWrong, setTypedWrong] = useState(false);
  // said once the field is left, not at each digit typed
  const [left, setLeft] = useState(false);
  const wrong = typedWrong && left;
  return (
    <PickerField
      kind="date"
      value={value}
      onChange={(next) => onChange(next ?? '')}
      onTypedWrong={setTypedWrong}
      onBlur={() => setLeft(true)}
      label={label}
      name={name}
      min={min}
      max={max}
      sx={sx}
      error={wrong || error}
      helperText={wrong ? translate('lentera.dates.invalid') : helperText}
    />
  );
};
