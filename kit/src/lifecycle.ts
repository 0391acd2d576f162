import { ConfigError } from './config.ts';
import type { Logger } from './log.ts';
import { codeOf, messageOf, nameOf } from './guards.ts';

export interface Closable {
  /** Where the service listens, reported to a parent started with an IPC channel. */
  url?: string;
  close(): Promise<void>;
}

/**
 * Runs a long-lived service: stops it cleanly on SIGINT/SIGTERM, and exits when the process that
 * started it (LIVING_PROFILE_PARENT_PID) is gone, so a killed `npm start` or test run never
 * leaves orphans holding ports or database files.
 */
export async function runService(log: Logger, start: () => Promise<Closable>, parentPid?: number): Promise<void> {
  keepServingThroughStrayRejections(log);
  let service: Closable;
  try {
    service = await start();
  } catch (error) {
    // Expected start-up problems get one line that says what to do; anything else its stack.
    if (error instanceof ConfigError) log.error(`cannot start: ${error.message}`);
    else if (codeOf(error) === 'EADDRINUSE') {
      log.error(`cannot start: ${messageOf(error).replace(/^listen /, '')}; stop the other process or choose another port`);
    } else if (/ServerSelectionError$/.test(nameOf(error))) {
      log.error(`cannot start: the database does not answer (${messageOf(error)}); is it running, and is MONGODB_URI right?`);
    } else log.error('failed to start', error);
    process.exit(1);
  }

  // A parent that started us with an IPC channel (npm start, the e2e tests) learns our real
  // address this way, so services can listen on port 0 without racing for free ports.
  process.send?.({ type: 'ready', url: service.url });

  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`stopping (${why})`);
    const force = setTimeout(() => {
      log.warn('did not stop within 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    try {
      await service.close();
      process.exit(0);
    } catch (error) {
      log.error('error while stopping', error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('disconnect', () => void stop('parent disconnected'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  if (parentPid) {
    const watch = setInterval(() => {
      try {
        process.kill(parentPid, 0);
      } catch {
        void stop('parent process exited');
      }
    }, 1000);
    watch.unref();
  }
}

/**
 * A promise that rejects with nobody listening (a library's timer firing after its request was
 * answered, say) ends a Node process by default: one caller's odd request would take every
 * caller's service down. It is logged as an error and the process keeps serving; the rejected
 * work has no one waiting for it. An exception thrown outside any request or promise is different:
 * the process's state is unknown, so it is logged and the process exits, and the supervisor
 * (`npm start`, or the orchestrator in production) starts it again.
 */
export function keepServingThroughStrayRejections(log: Logger): void {
  if (process.listenerCount('unhandledRejection') > 0) return;
  process.on('unhandledRejection', (reason) => {
    log.error('a promise was rejected with nobody waiting for it; the service keeps running', reason);
  });
  process.on('uncaughtException', (error) => {
    log.error('uncaught exception; exiting so that the supervisor starts this service again', error);
    process.exit(70);
  });
}

/** Reads a service's configuration, or says in one line what to set and exits. */
export function loadConfigOrExit<T>(log: Logger, load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    log.error(`cannot start: ${error.message}`);
    process.exit(1);
  }
}
