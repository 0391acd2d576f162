import { startBalancer, type Balancer } from './balancer.ts';
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
  /**
   * Processes per subgraph (default 1). With more, each subgraph's address is a round-robin load
   * balancer in front of its replicas, as in a production deployment with N replicas.
   */
  replicas?: number;
}

export interface RunningService {
  url: string;
  process: ManagedProcess;
}

export interface Stack {
  gatewayUrl: string;
  gateway: RunningService;
  subgraphs: Record<SubgraphName, RunningService>;
  /** Every process of each subgraph (one, unless `replicas` asked for more). */
  replicas: Record<SubgraphName, RunningService[]>;
  /** The load balancer in front of each subgraph's replicas (only with `replicas` > 1). */
  balancers: Partial<Record<SubgraphName, Balancer>>;
  /** Starts one replica again (after it was killed) on a new port, behind the subgraph's balancer. */
  restartReplica(name: SubgraphName, index: number): Promise<void>;
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
  // With replicas, identity's balancer listens before anything starts, on a port the kernel picks,
  // so no other process can take that address between choosing it and listening on it.
  const started: ManagedProcess[] = [];
  const replicaCount = options.replicas ?? 1;
  const replicas: Record<SubgraphName, RunningService[]> = { identity: [], consent: [], preference: [], offer: [], privacy: [] };
  const balancers: Partial<Record<SubgraphName, Balancer>> = {};
  let identityPort: number | undefined;
  if (replicaCount > 1) {
    balancers.identity = await startBalancer({ port: options.ports?.identity ?? 0, path: '/graphql', targets: [] });
    baseEnv.SUBGRAPH_IDENTITY_URL = balancers.identity.url;
  } else {
    identityPort = options.ports?.identity || (await freePort());
    const host = baseEnv.HOST?.trim();
    baseEnv.SUBGRAPH_IDENTITY_URL = `http://${!host || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${identityPort}/graphql`;
  }
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
    /** One process, or `replicaCount` of them behind a balancer on `port`; its address either way. */
    const startService = async (
      name: SubgraphName,
      env: NodeJS.ProcessEnv,
      port?: number,
    ): Promise<readonly [SubgraphName, RunningService]> => {
      if (replicaCount === 1) {
        const single = await startSubgraph(name, env, port);
        replicas[name] = [single[1]];
        return single;
      }
      const members = await Promise.all(Array.from({ length: replicaCount }, () => startSubgraph(name, env, 0)));
      replicas[name] = members.map(([, running]) => running);
      const targets = replicas[name].map((r) => new URL(r.url).origin);
      const balancer =
        balancers[name] ??
        (await startBalancer({ port: port ?? options.ports?.[name] ?? 0, path: new URL(members[0]![1].url).pathname, targets }));
      balancer.setTargets(targets);
      balancers[name] = balancer;
      const group: ManagedProcess = {
        name,
        child: members[0]![1].process.child,
        exited: Promise.all(replicas[name].map((r) => r.process.exited)).then(() => 0),
        async stop(graceMs) {
          await Promise.all(replicas[name].map((r) => r.process.stop(graceMs)));
          await balancer.close();
        },
      };
      return [name, { url: balancer.url, process: group }] as const;
    };
    // Consent first: the others' outbox relays hand their events to it. Privacy last: it fans
    // requests out to the others' subject-rights contracts.
    const urlOf = (running: readonly (readonly [SubgraphName, RunningService])[]) =>
      Object.fromEntries(running.map(([name, service]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, service.url]));
    const consent = await startService('consent', baseEnv);
    const withConsent = { ...baseEnv, ...urlOf([consent]) };
    const middle = await Promise.all(
      (['identity', 'preference', 'offer'] as const).map((name) =>
        startService(name, withConsent, name === 'identity' ? identityPort : undefined),
      ),
    );
    const first = [consent, ...middle];
    const subgraphs = [...first, await startService('privacy', { ...baseEnv, ...urlOf(first) })];
    const launched = new Map(subgraphs);
    const runningOf = (name: SubgraphName): RunningService => {
      const running = launched.get(name);
      if (!running) throw new Error(`the ${name} subgraph was not started`);
      return running;
    };
    const subgraphMap: Record<SubgraphName, RunningService> = {
      identity: runningOf('identity'),
      consent: runningOf('consent'),
      preference: runningOf('preference'),
      offer: runningOf('offer'),
      privacy: runningOf('privacy'),
    };

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
      replicas,
      balancers,
      async restartReplica(name, index) {
        const balancer = balancers[name];
        const current = replicas[name][index]!;
        await current.process.stop();
        const [, running] = await startSubgraph(name, envOf.get(name)!, balancer ? 0 : Number(new URL(current.url).port));
        replicas[name][index] = running;
        if (balancer) balancer.setTargets(replicas[name].map((r) => new URL(r.url).origin));
        else subgraphMap[name] = running;
      },
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
    await Promise.all(Object.values(balancers).map((b) => b.close()));
    throw error;
  }
}
