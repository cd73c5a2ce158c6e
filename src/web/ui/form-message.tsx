/** What saving a form came to. */
export interface FormOutcome {
  readonly kind: 'ok' | 'error';
  readonly text: string;
}

/** Props of {@link FormMessage}. */
export interface FormMessageProps {
  /** Null before the form is sent (and while it is being sent again): nothing is shown. */
  readonly message: FormOutcome | null;
}

/**
 * A form's outcome under it: success as a polite status, failure as an alert, so a screen reader
 * announces a failed save at once (WAI-ARIA 1.2, the status and alert roles).
 */
export function FormMessage({ message }: FormMessageProps) {
  if (!message) return null;
  const ok = message.kind === 'ok';
  return (
    <p className={ok ? 'ok' : 'error'} role={ok ? 'status' : 'alert'}>
      {message.text}
    </p>
  );
}
