import { Alert, type SxProps, type Theme } from '@mui/material';

/** What went wrong (a refusal of the server, a failed load) in red, where there is something to say. */
export const ErrorAlert = ({
  message,
  sx,
  testId,
}: {
  message: string | null | undefined;
  sx?: SxProps<Theme>;
  testId?: string;
}) =>
  message ? (
    <Alert severity="error" sx={sx} data-testid={testId}>
      {message}
    </Alert>
  ) : null;
