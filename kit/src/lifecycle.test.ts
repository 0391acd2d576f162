import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const lifecycle = new URL('./lifecycle.ts', import.meta.url).href;
const log = new URL('./log.ts', import.meta.url).href;

/** A service that listens, then does what `misbehave` says one second later. */
function serviceThat(misbehave: string) {
  const script = `
    import { createServer } from 'node:http';
    import { runService } from ${JSON.stringify(lifecycle)};
    import { createLogger } from ${JSON.stringify(log)};
    await runService(createLogger('probe', { format: 'json' }), async () => {
      const server = createServer((_, res) => res.end('ok'));
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      setTimeout(() => { ${misbehave} }, 200);
      return { url: 'http://127.0.0.1:' + server.address().port, close: () => new Promise((r) => server.close(r)) };
    });`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const ready = new Promise<string>((resolve) => child.on('message', (m: { url: string }) => resolve(m.url)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, ready, exited, stderr: () => stderr };
}

describe('runService', () => {
  it('keeps serving after a promise rejects with nobody waiting for it, and logs it', async () => {
    const service = serviceThat(`Promise.reject(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));`);
    const url = await service.ready;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(service.child.exitCode).toBeNull();
    expect(await (await fetch(url)).text()).toBe('ok');
    expect(service.stderr()).toMatch(/"level":"error".*nobody waiting for it/);
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
  });

  it('exits with a code of its own after an uncaught exception, for the supervisor to start it again', async () => {
    const service = serviceThat(`throw new Error('state unknown');`);
    await service.ready;
    expect(await service.exited).toBe(70);
    expect(service.stderr()).toMatch(/uncaught exception; exiting/);
  });
});
