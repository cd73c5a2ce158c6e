/** Levels of log lines, least to most serious. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
/** One of {@link LOG_LEVELS}. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Structured detail of a log line. */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Where the API writes what happened; the start-up file chooses the sink. */
export interface Logger {
  log(level: LogLevel, message: string, fields?: LogFields): void;
}

/**
 * A logger writing one JSON object per line (time, level, message, fields) to `write`, dropping
 * lines below `minLevel`.
 */
export function jsonLogger(write: (line: string) => void, minLevel: LogLevel, clock: () => Date): Logger {
  const floor = LOG_LEVELS.indexOf(minLevel);
  return {
    log(level, message, fields = {}) {
      if (LOG_LEVELS.indexOf(level) < floor) return;
      write(JSON.stringify({ time: clock().toISOString(), level, message, ...fields }));
    },
  };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = { log: () => undefined };
