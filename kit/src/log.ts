import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';

const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Runs `work` with `requestId` attached: every line logged inside it, by any logger, carries it.
 * The gateway sends one `x-request-id` per request to every subgraph, so one id finds a request's
 * lines in every service.
 */
export const withRequestId = <T>(requestId: string | undefined, work: () => T): T =>
  requestId ? requestScope.run({ requestId }, work) : work();

export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's request id, if it looks like one (anything else must not reach the logs). */
export const acceptableRequestId = (offered: string | null | undefined): string | undefined =>
  offered && /^[A-Za-z0-9._:-]{8,128}$/.test(offered) ? offered : undefined;

const scoped = (fields?: Record<string, unknown>) => {
  const requestId = requestScope.getStore()?.requestId;
  return requestId ? { requestId, ...fields } : fields;
};

/**
 * Structured logs on stderr. Messages carry ids, codes and counts, never personal data: an error's
 * stack is logged, its offending values are not echoed.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, error?: unknown): void;
}

export type LogFormat = 'json' | 'text';

export interface LoggerOptions {
  /** Only warnings and errors. */
  quiet?: boolean;
  /** `json` (pino, one object per line) or `text` (one readable line); from LOG_FORMAT, else json in production. */
  format?: LogFormat;
  /** From LOG_LEVEL: info (default), warn or error. */
  level?: Level;
}

const LEVELS = ['info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

export function createLogger(service: string, options: LoggerOptions = {}, env: NodeJS.ProcessEnv = process.env): Logger {
  const format =
    options.format ??
    (env.LOG_FORMAT === 'json' || env.LOG_FORMAT === 'text' ? env.LOG_FORMAT : undefined) ??
    (env.NODE_ENV === 'production' ? 'json' : 'text');
  const configured = LEVELS.find((known) => known === env.LOG_LEVEL) ?? 'info';
  const level = options.level ?? (options.quiet ? 'warn' : configured);
  return format === 'json' ? jsonLogger(service, level) : textLogger(service, level);
}

function jsonLogger(service: string, level: Level): Logger {
  const logger = pino(
    {
      level,
      base: { service },
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // The request being served, if any (see withRequestId).
      mixin: () => {
        const requestId = requestScope.getStore()?.requestId;
        return requestId ? { requestId } : {};
      },
    },
    pino.destination({ fd: 2, sync: true }),
  );
  return {
    info: (message, fields) => logger.info(fields ?? {}, message),
    warn: (message, fields) => logger.warn(fields ?? {}, message),
    error: (message, error) =>
      logger.error(error instanceof Error ? { err: errorForLog(error) } : error === undefined ? {} : { detail: String(error) }, message),
  };
}

/**
 * An error's message without what it quotes: libraries put the offending value in quotes
 * (`Cast to string failed for value "ada@example.com"`), and a log line must not carry personal
 * data. Email-like words go too.
 */
export const withoutQuotedValues = (text: string) =>
  text
    .replace(/"[^"\n]*"/g, '"…"')
    .replace(/'[^'\n]*'/g, "'…'")
    .replace(/[^\s@"'<>()]+@[^\s@"'<>()]+\.[A-Za-z]{2,}/g, '…@…');

const errorForLog = (error: Error) => {
  const message = withoutQuotedValues(error.message);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return { name: error.name, message, stack: [`${error.name}: ${message}`, ...frames].join('\n') };
};

const jsonOrNothing = (fields: Record<string, unknown> | undefined) => (fields ? JSON.stringify(fields) : undefined);

function textLogger(service: string, level: Level): Logger {
  const enabled = (wanted: Level) => LEVELS.indexOf(wanted) >= LEVELS.indexOf(level);
  const write = (at: Level, message: string, extra?: string) => {
    if (enabled(at))
      process.stderr.write(`${new Date().toISOString()} ${at.padEnd(5)} [${service}] ${message}${extra ? ` ${extra}` : ''}\n`);
  };
  return {
    info: (message, fields) => write('info', message, jsonOrNothing(scoped(fields))),
    warn: (message, fields) => write('warn', message, jsonOrNothing(scoped(fields))),
    error: (message, error) => {
      const requestId = requestScope.getStore()?.requestId;
      const detail = error instanceof Error ? errorForLog(error).stack : error === undefined ? undefined : String(error);
      write('error', requestId ? `${message} [request ${requestId}]` : message, detail);
    },
  };
}
