import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface StateChipProps {
  status: string | null | undefined;
  size?: ChipProps['size'];
}

/**
 * A state of a record (a status, a decision) as a chip: its word from `<messages>.<value>`, its colour, filled while
 * it still needs work and outlined once settled (when `filled` says so), and `data-<key>` for the tests and styles.
 */
export const StateChip = ({
  value,
  messages,
  colors,
  filled,
  size = 'small',
  dataKey = 'status',
  testId,
}: {
  value: string | null | undefined;
  messages: string;
  colors: Record<string, ChipProps['color']>;
  /** undefined: MUI's default (filled) */
  filled?: boolean;
  size?: ChipProps['size'];
  dataKey?: 'status' | 'decision';
  testId?: string;
}) => {
  const translate = useTranslate();
  if (!value) return null;
  return (
    <Chip
      size={size}
      label={translate(`${messages}.${value}`, { _: value })}
      color={colors[value] ?? 'default'}
      variant={filled === undefined ? undefined : filled ? 'filled' : 'outlined'}
      data-testid={testId}
      {...{ [`data-${dataKey}`]: value }}
    />
  );
};
