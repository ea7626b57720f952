/** The server's field errors as lines for an alert, the field named unless its message already names it. */
export function fieldErrorLines(fields: Record<string, string> | undefined): string[] {
  return fields
    ? Object.entries(fields).map(([key, message]) =>
        message.toLowerCase().includes(key.toLowerCase()) ? message : `${key}: ${message}`,
      )
    : [];
}

/** The server's field errors carried by an HttpError (keys like "requester.nik"), if any. */
export function fieldErrorsOf(error: unknown): Record<string, string> | undefined {
  const errors = (error as { body?: { errors?: unknown } })?.body?.errors;
  return errors && typeof errors === 'object' ? (errors as Record<string, string>) : undefined;
}
