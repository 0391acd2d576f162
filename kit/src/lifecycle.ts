import type { Logger } from './log.ts';

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
  let service: Closable;
  try {
    service = await start();
  } catch (error) {
    log.error('failed to start', error);
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
