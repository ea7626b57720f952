import { use } from 'react';
import type { DateInputIdProps, DatePickerIdProps, MonthPickerIdProps } from './DatePickers';

/**
 * The console's date inputs (dd/mm/yyyy whatever the browser's locale: MUI X pickers with date-fns, in ./DatePickers),
 * kept out of the first load: the pickers and their locales are about a tenth of the console's JavaScript and the
 * sign-in page needs none (the first load stays under 500 KB gzipped). The signed-in layout waits for them
 * (usePickers in layout/Layout.tsx), so every screen renders its date fields at once, as if they were never apart.
 */
let pickers: Promise<typeof import('./DatePickers')> | undefined;

/** Loads the pickers once; suspends the component that calls it until they are there (React's `use`). */
export function usePickers() {
  pickers ??= import('./DatePickers');
  return use(pickers);
}

/** A calendar date ('YYYY-MM-DD') in a react-admin form, typed and shown as dd/mm/yyyy. */
export const DateInputId = (props: DateInputIdProps) => {
  const { DateInputId: Input } = usePickers();
  return <Input {...props} />;
};

/** A moment ('YYYY-MM-DDTHH:mm' on the office's clock) in a react-admin form, typed as dd/mm/yyyy hh:mm. */
export const DateTimeInputId = (props: Omit<DateInputIdProps, 'min' | 'max'>) => {
  const { DateTimeInputId: Input } = usePickers();
  return <Input {...props} />;
};

/** A month ('YYYY-MM') for a form that is not react-admin's. */
export const MonthPickerId = (props: MonthPickerIdProps) => {
  const { MonthPickerId: Picker } = usePickers();
  return <Picker {...props} />;
};

/** A date ('YYYY-MM-DD', '' for none) for a form that is not react-admin's. */
export const DatePickerId = (props: DatePickerIdProps) => {
  const { DatePickerId: Picker } = usePickers();
  return <Picker {...props} />;
};
