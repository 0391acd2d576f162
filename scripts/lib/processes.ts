import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { messageOf } from '#kit/guards.ts';

/** Whether a loopback port can be listened on right now. */
const bindable = (port: number) =>
  new Promise<number | null>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = address && typeof address === 'object' ? address.port : null;
      server.close(() => resolve(bound));
    });
  });

/** Below Linux's ephemeral range (32768-60999), from which outgoing connections take their local ports. */
const RESERVED_RANGE = { from: 20_000, to: 32_000 };

/** Where processes on this machine note the ports they picked, so that two never pick the same one. */
const CLAIMS = join(tmpdir(), 'living-profile-ports');
/** A claim older than this is from a process long done with it (a service binds within seconds). */
const CLAIM_LIFETIME_MS = 10 * 60_000;

/** Claims `port` for this process unless another claimed it within the claim lifetime. */
function claim(port: number): boolean {
  const file = join(CLAIMS, String(port));
  mkdirSync(CLAIMS, { recursive: true });
  try {
    if (Date.now() - statSync(file).mtimeMs < CLAIM_LIFETIME_MS) return false;
    rmSync(file, { force: true });
  } catch {
    // no claim on it yet
  }
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    return false; // another process claimed it just now
  }
}

/**
 * A loopback port nobody listens on right now (for a service whose address others need before it
 * starts). Picked below the ephemeral range: a port the OS hands out for listening comes from the
 * range outgoing connections use too, and one of them could take it in the seconds before the
 * service binds (seen as EADDRINUSE on a busy test machine). Claimed in a file too, so that test
 * files running side by side never pick the same port in those seconds either.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const candidate = RESERVED_RANGE.from + Math.floor(Math.random() * (RESERVED_RANGE.to - RESERVED_RANGE.from));
    if (!claim(candidate)) continue;
    const port = await bindable(candidate);
    if (port) return port;
  }
  const port = await bindable(0);
  if (!port) throw new Error('No free loopback port to listen on.');
  return port;
}

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  exited: Promise<number | string>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

export type OutputSink = (name: string, line: string) => void;

export const prefixedOutput: OutputSink = (name, line) => process.stderr.write(`${name.padEnd(10)} │ ${line}\n`);

/** Spawns a child with line-buffered, name-prefixed output and an optional IPC channel. */
export function spawnManaged({
  name,
  command,
  args,
  env,
  cwd,
  ipc = false,
  ownGroup = false,
  output,
}: {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
  ipc?: boolean;
  /**
   * In a process group of its own: a terminal's Ctrl-C (SIGINT to the foreground group) does not
   * reach it, so whoever started it decides when it stops (the database after the services that
   * write to it). It must end by itself when its parent is gone.
   */
  ownGroup?: boolean;
  output: OutputSink;
}): ManagedProcess {
  const child = spawn(command, args, {
    env,
    cwd,
    detached: ownGroup,
    stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? (['ipc'] as const) : [])],
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => output(name, line));
  }
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  return {
    name,
    child,
    exited,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Waits for the child's `{type: 'ready', url}` IPC message; fails fast if the child exits first. */
export function waitForReadyMessage(proc: ManagedProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${proc.name} did not become ready within ${timeoutMs / 1000} s`)), timeoutMs);
    proc.child.on('message', (message: { type?: string; url?: string }) => {
      if (message?.type === 'ready' && message.url) {
        clearTimeout(timer);
        resolve(message.url);
      }
    });
    void proc.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${proc.name} exited (${code}) before it was ready; its output above says why`));
    });
  });
}

/** Waits for the first stdout line matching `pattern`; fails fast if the child exits first. */
export function waitForLine(proc: ManagedProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${proc.name} did not become ready within ${timeoutMs / 1000} s`)), timeoutMs);
    if (!proc.child.stdout) return reject(new Error(`${proc.name} has no stdout`));
    createInterface({ input: proc.child.stdout }).on('line', (line) => {
      const match = pattern.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    void proc.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${proc.name} exited (${code}) before it was ready; its output above says why`));
    });
  });
}

/** Polls an HTTP endpoint until it answers 200. */
export async function waitForHttpOk(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      last = `HTTP ${response.status}: ${await response.text()}`;
    } catch (error) {
      last = messageOf(error);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready within ${timeoutMs / 1000} s (${last})`);
}
