import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

export const PORTAL_DIR = join(ROOT, 'portal');
export const PORTAL_DIST = join(PORTAL_DIR, 'dist');

/** The newest change among the portal's sources (its code, page, build settings and the locked dependencies). */
function newestSource(): number {
  let newest = 0;
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of ['src', 'index.html', 'vite.config.ts']) visit(join(PORTAL_DIR, path));
  return Math.max(newest, statSync(join(ROOT, 'package-lock.json')).mtimeMs);
}

/** Whether portal/dist is missing or older than what it is built from. */
export function portalIsStale(): boolean {
  const page = join(PORTAL_DIST, 'index.html');
  return !existsSync(page) || statSync(page).mtimeMs < newestSource();
}

/**
 * Builds the customer portal into portal/dist (Vite) unless it is up to date: `npm start` and the
 * portal's tests call this, so a fresh clone needs no separate step.
 */
export async function ensurePortalBuilt(progress: (message: string) => void = () => {}): Promise<void> {
  if (!portalIsStale()) return;
  progress('building the customer portal (portal/ → portal/dist)…');
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', join(PORTAL_DIR, 'vite.config.ts'), '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) {
    throw new Error(
      `Building the portal failed (vite exit ${code}); run \`npm run build:portal\` to see why.\n${output.join('').slice(-2000)}`,
    );
  }
}
