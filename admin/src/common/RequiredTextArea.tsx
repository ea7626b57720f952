import { TextInput, maxLength, required, type TextInputProps } from 'react-admin';

/** A required free text of several lines (a reason, an answer, a note) of at most `max` characters. */
export const RequiredTextArea = ({
  max,
  ...props
}: Omit<TextInputProps, 'validate' | 'multiline'> & { max: number }) => (
  <TextInput multiline validate={[required(), maxLength(max)]} {...props} />
);
