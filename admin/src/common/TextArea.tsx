import { TextInput, maxLength, required, type TextInputProps } from 'react-admin';

/**
 * A free text of several lines (a reason, an answer, a note) of at most `max` characters: required unless
 * `optional`.
 */
export const TextArea = ({
  max,
  optional,
  ...props
}: Omit<TextInputProps, 'validate' | 'multiline'> & { max: number; optional?: boolean }) => (
  <TextInput multiline validate={optional ? maxLength(max) : [required(), maxLength(max)]} {...props} />
);
