import type { SxProps, Theme } from '@mui/material';
import { useState } from 'react';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
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
import { isoToLocalDate, localDateToIso } from './dates';

const placeholders = {
  fieldDayPlaceholder: () => 'dd',
  fieldMonthPlaceholder: () => 'mm',
  fieldYearPlaceholder: (params: { digitAmount: number }) => 'y'.repeat(params.digitAmount),
};

/** The picker's words in the console's language, with dd/mm/yyyy as the empty field in both. */
const TEXTS = {
  id: { ...idID.components.MuiLocalizationProvider.defaultProps.localeText, ...placeholders },
  en: { ...enUS.components.MuiLocalizationProvider.defaultProps.localeText, ...placeholders },
};

/** Indonesian order whatever the browser's locale (a native date input follows the browser: mm/dd/yyyy in en-US). */
export const DATE_FORMAT = 'dd/MM/yyyy';

type DateInputIdProps = {
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

/**
 * A calendar date (the API's 'YYYY-MM-DD', never an instant) typed and shown as dd/mm/yyyy, with a calendar in the
 * console's language (MUI X DatePicker with date-fns): the shared date input of the console.
 */
export const DateInputId = ({
  source,
  label,
  validate,
  helperText,
  min,
  max,
  disabled,
  sx,
  defaultValue,
}: DateInputIdProps) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const { field, fieldState, isRequired } = useInput({ source, validate, defaultValue });
  // an unfinished or impossible date (31/02) keeps the last good value and says so under the field
  const [typedWrong, setTypedWrong] = useState(false);
  const error = typedWrong ? 'lentera.dates.invalid' : fieldState.error?.message;
  const showError = (typedWrong && fieldState.isTouched) || (!!error && (fieldState.isTouched || fieldState.invalid));
  const en = locale === 'en';
  // the picker's own value, echoed back even while unfinished (an invalid date): fed only the form's value, it would
  // clear the sections typed so far at each keystroke; the form's value replaces it when changed from outside
  const [value, setValue] = useState<Date | null>(() => isoToLocalDate(field.value));
  const [formValue, setFormValue] = useState<unknown>(field.value);
  if (field.value !== formValue) {
    // adjusted while rendering (React's pattern for state derived from a changed prop), not in an effect
    setFormValue(field.value);
    if (localDateToIso(value) !== (field.value || null)) setValue(isoToLocalDate(field.value));
  }
  return (
    // the same objects on every render: new ones would make the field rebuild its sections mid-typing
    <LocalizationProvider
      dateAdapter={AdapterDateFns}
      adapterLocale={en ? enGB : idLocale}
      localeText={TEXTS[en ? 'en' : 'id']}
    >
      <DatePicker
        format={DATE_FORMAT}
        value={value}
        onChange={(next) => {
          setValue(next);
          const iso = localDateToIso(next);
          setTypedWrong(iso === 'invalid');
          if (iso !== 'invalid') field.onChange(iso);
        }}
        minDate={isoToLocalDate(min) ?? undefined}
        maxDate={isoToLocalDate(max) ?? undefined}
        disabled={disabled}
        label={<FieldTitle label={label} source={source} isRequired={isRequired} />}
        sx={sx}
        slotProps={{
          textField: {
            name: source,
            onBlur: field.onBlur,
            error: showError,
            size: 'small',
            margin: 'dense',
            helperText:
              showError || helperText ? (
                <InputHelperText error={error} helperText={helperText === false ? undefined : helperText} />
              ) : undefined,
          },
          openPickerButton: { 'aria-label': translate('lentera.dates.open_calendar') },
        }}
      />
    </LocalizationProvider>
  );
};
