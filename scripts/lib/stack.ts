import { ROOT } from './paths.ts';
import { freePort, spawnManaged, waitForHttpOk, waitForReadyMessage, type ManagedProcess, type OutputSink } from './processes.ts';

export const SUBGRAPH_NAMES = ['identity', 'consent', 'preference', 'offer', 'privacy'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface StackOptions {
  mongoUri: string;
  signingKeys: string;
  databasePrefix: string;
  /** Ports to listen on; omitted ones are picked free by the OS. */
  ports?: Partial<Record<SubgraphName | 'gateway', number>>;
  devViewerRole?: string;
  environment?: 'development' | 'test' | 'production';
  supergraphPath?: string;
  /** More environment for every service, e.g. KEY_ENCRYPTION_KEYS and BLIND_INDEX_KEY. */
  env?: Record<string, string>;
  output: OutputSink;
  progress?: (message: string) => void;
  timeoutMs?: number;
}

export interface RunningService {
  url: string;
  process: ManagedProcess;
}

export interface Stack {
  gatewayUrl: string;
  gateway: RunningService;
  subgraphs: Record<SubgraphName, RunningService>;
  /** Stops gateway first, then subgraphs, so no request is cut off half-way. */
  stop(): Promise<void>;
  /**
   * Starts a subgraph (or the gateway) again on the port it had, after it was stopped or killed,
   * with `env` changed for this start only (subgraphs).
   */
  restart(name: SubgraphName | 'gateway', env?: Record<string, string>): Promise<void>;
}

const node = process.execPath;

/** Starts the five subgraphs (consent, then three side by side, then privacy), then the gateway pointed at them; resolves when all are ready. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const { output, progress = () => {}, timeoutMs = 60_000 } = options;
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: options.environment ?? 'development',
    MONGODB_URI: options.mongoUri,
    VIEWER_SIGNING_KEYS: options.signingKeys,
    DATABASE_PREFIX: options.databasePrefix,
    LIVING_PROFILE_PARENT_PID: String(process.pid),
    ...options.env,
  };
  // Every other subgraph asks identity whether a profile exists, and consent (which starts before
  // identity: the others hand it their events) must know where before identity is up.
  const identityPort = options.ports?.identity || (await freePort());
  const host = baseEnv.HOST?.trim();
  baseEnv.SUBGRAPH_IDENTITY_URL = `http://${!host || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${identityPort}/graphql`;
  const started: ManagedProcess[] = [];
  try {
    const envOf = new Map<SubgraphName, NodeJS.ProcessEnv>();
    const startSubgraph = async (
      name: SubgraphName,
      env: NodeJS.ProcessEnv,
      port = options.ports?.[name] ?? 0,
      once: Record<string, string> = {},
    ) => {
      envOf.set(name, env);
      const proc = spawnManaged({
        name,
        command: node,
        args: [`${ROOT}subgraphs/${name}/src/index.ts`],
        env: { ...env, ...once, [`${name.toUpperCase()}_PORT`]: String(port) },
        ipc: true,
        output,
      });
      started.push(proc);
      const url = await waitForReadyMessage(proc, timeoutMs);
      progress(`${name} subgraph ready at ${url}`);
      return [name, { url, process: proc }] as const;
    };
    // Consent first: the others' outbox relays hand their events to it. Privacy last: it fans
    // requests out to the others' subject-rights contracts.
    const urlOf = (running: readonly (readonly [SubgraphName, RunningService])[]) =>
      Object.fromEntries(running.map(([name, service]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, service.url]));
    const consent = await startSubgraph('consent', baseEnv);
    const withConsent = { ...baseEnv, ...urlOf([consent]) };
    const middle = await Promise.all(
      (['identity', 'preference', 'offer'] as const).map((name) =>
        startSubgraph(name, withConsent, name === 'identity' ? identityPort : undefined),
      ),
    );
    const first = [consent, ...middle];
    const subgraphs = [...first, await startSubgraph('privacy', { ...baseEnv, ...urlOf(first) })];
    const subgraphMap = Object.fromEntries(subgraphs) as Record<SubgraphName, RunningService>;

    const startGateway = async (port: number) => {
      const proc = spawnManaged({
        name: 'gateway',
        command: node,
        args: [`${ROOT}gateway/src/index.ts`],
        env: {
          ...baseEnv,
          GATEWAY_PORT: String(port),
          ...(options.devViewerRole ? { DEV_VIEWER_ROLE: options.devViewerRole } : {}),
          ...(options.supergraphPath ? { SUPERGRAPH_PATH: options.supergraphPath } : {}),
          ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`SUBGRAPH_${name.toUpperCase()}_URL`, subgraphMap[name].url])),
        },
        ipc: true,
        output,
      });
      started.push(proc);
      const url = await waitForReadyMessage(proc, timeoutMs);
      await waitForHttpOk(new URL('/readiness', url).href, timeoutMs);
      progress(`gateway ready at ${url}`);
      return { url, process: proc };
    };
    const gateway = await startGateway(options.ports?.gateway ?? 0);
    const gatewayUrl = gateway.url;

    const stack: Stack = {
      gatewayUrl,
      gateway,
      subgraphs: subgraphMap,
      async stop() {
        await stack.gateway.process.stop();
        await Promise.all(Object.values(subgraphMap).map((s) => s.process.stop()));
      },
      async restart(name, env = {}) {
        if (name === 'gateway') {
          await stack.gateway.process.stop();
          stack.gateway = await startGateway(Number(new URL(stack.gateway.url).port));
          return;
        }
        const current = subgraphMap[name];
        await current.process.stop();
        const [, running] = await startSubgraph(name, envOf.get(name)!, Number(new URL(current.url).port), env);
        subgraphMap[name] = running;
      },
    };
    return stack;
  } catch (error) {
    await Promise.all(started.map((p) => p.stop()));
    throw error;
  }
}
