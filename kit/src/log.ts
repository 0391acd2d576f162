/**
 * One line per event on stderr, prefixed with the service name. Log messages carry ids and
 * codes, never personal data: an error's stack is logged, its offending values are not echoed.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, error?: unknown): void;
}

export function createLogger(service: string, { quiet = false } = {}): Logger {
  const write = (level: string, message: string, extra?: string) =>
    process.stderr.write(`${new Date().toISOString()} ${level.padEnd(5)} [${service}] ${message}${extra ? ` ${extra}` : ''}\n`);
  return {
    info: (message, fields) => {
      if (!quiet) write('info', message, fields ? JSON.stringify(fields) : undefined);
    },
    warn: (message, fields) => write('warn', message, fields ? JSON.stringify(fields) : undefined),
    error: (message, error) =>
      write(
        'error',
        message,
        error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : error === undefined ? undefined : String(error),
      ),
  };
}
