/**
 * Environment parsing shared by every service. Each service's own `config.ts` calls these once
 * at start-up; nothing else reads `process.env`. A bad or missing value fails fast with a message
 * that says what to set.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Words that mark a placeholder or a development secret, not a key someone generated. */
const PLACEHOLDER = /change.?me|secret|passw(or)?d|example|development|dev.?key|test.?key|123456|qwerty/i;

/** Shannon entropy of the string's own symbol frequencies, times its length: a lower bound on guessing work for short keys. */
export function estimatedBits(value: string | Buffer): number {
  const symbols = typeof value === 'string' ? [...value] : [...value];
  const counts = new Map<string | number, number>();
  for (const symbol of symbols) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
  let perSymbol = 0;
  for (const count of counts.values()) {
    const p = count / symbols.length;
    perSymbol -= p * Math.log2(p);
  }
  return perSymbol * symbols.length;
}

/**
 * In production a secret must look generated: no placeholder words, no repetition that a person
 * types (`aaaa…`, `abcabc…`, all-zero bytes). The estimate is a heuristic floor, not a proof of
 * randomness: 32 random bytes score at least ~138 bits, 32 random hex characters at least ~92,
 * a repeated character 0. Says which variable to fix and how.
 */
export function assertGeneratedSecret(name: string, value: string | Buffer): void {
  const text = typeof value === 'string' ? value : value.toString('latin1');
  const bits = estimatedBits(value);
  if (bits < 80 || (typeof value === 'string' && PLACEHOLDER.test(text))) {
    throw new ConfigError(
      `${name} looks typed or a placeholder (about ${Math.round(bits)} bits), which NODE_ENV=production refuses. Generate one: \`node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"\`.`,
    );
  }
}

export type Env = Readonly<Record<string, string | undefined>>;

export function readString(env: Env, name: string, fallback?: string): string {
  const value = env[name]?.trim();
  if (value) return value;
  if (fallback !== undefined) return fallback;
  throw new ConfigError(`${name} is required.`);
}

export function readOptional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/**
 * Ports the Fetch standard blocks (https://fetch.spec.whatwg.org/#port-blocking): Node's fetch
 * and every browser refuse to connect to them, so a service there could never be reached (the
 * failure says only "fetch failed"). 6000 (X11) is the one people pick.
 */
const FETCH_BLOCKED_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117,
  119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
  989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

export function readPort(env: Env, name: string, fallback: number): number {
  const raw = readOptional(env, name);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a TCP port between 0 and 65535, got "${raw}".`);
  }
  if (FETCH_BLOCKED_PORTS.has(port)) {
    throw new ConfigError(`${name}=${port} is a port that fetch and browsers refuse to connect to; choose another (e.g. ${port + 1000}).`);
  }
  return port;
}

/** Where another subgraph listens: the origin of its `/graphql` URL in `name` (e.g. SUBGRAPH_CONSENT_URL). */
export function readSubgraphOrigin(env: Env, name: string, fallback: string): string {
  const raw = readString(env, name, fallback);
  try {
    return new URL(raw).origin;
  } catch {
    const subgraph = name.replace(/^SUBGRAPH_|_URL$/g, '').toLowerCase();
    throw new ConfigError(`${name} is not a URL: where the ${subgraph} subgraph listens (its /graphql URL).`);
  }
}

export function readInteger(env: Env, name: string, fallback: number, { min = 0 } = {}): number {
  const raw = readOptional(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}".`);
  }
  return value;
}

export function readMongoUri(env: Env): string {
  const uri = readString(env, 'MONGODB_URI', '');
  if (!uri) {
    throw new ConfigError(
      'MONGODB_URI is required: `npm start` starts the embedded database and sets it; otherwise point it at your MongoDB.',
    );
  }
  if (!/^mongodb(\+srv)?:\/\//.test(uri)) {
    throw new ConfigError('MONGODB_URI must start with mongodb:// or mongodb+srv://.');
  }
  return uri;
}

/**
 * Keys that sign the viewer header: comma-separated, the first signs, all verify, so a key can be
 * rotated without downtime. Each must be at least 32 characters.
 */
export function readSigningKeys(env: Env, name = 'VIEWER_SIGNING_KEYS'): string[] {
  const raw = readOptional(env, name);
  if (!raw) {
    throw new ConfigError(
      `${name} is required: a comma-separated list of secrets (>= 32 characters each) shared by the gateway and the subgraphs. \`npm start\` generates one for development.`,
    );
  }
  const keys = raw
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const weak = keys.findIndex((k) => k.length < 32);
  if (weak >= 0) throw new ConfigError(`${name}: key #${weak + 1} is shorter than 32 characters.`);
  if (readEnvironment(env) === 'production') keys.forEach((key, i) => assertGeneratedSecret(`${name} (key #${i + 1})`, key));
  return keys;
}

export type Environment = 'development' | 'test' | 'production';

export function readEnvironment(env: Env): Environment {
  const value = readString(env, 'NODE_ENV', 'development');
  if (value !== 'development' && value !== 'test' && value !== 'production') {
    throw new ConfigError(`NODE_ENV must be development, test or production, got "${value}".`);
  }
  return value;
}

/** METRICS_TOKEN: the bearer token a Prometheus scraper sends for `/metrics` (see metricsAccess). */
export function readMetricsToken(env: Env): string | undefined {
  const token = readOptional(env, 'METRICS_TOKEN');
  if (token !== undefined && token.length < 24) throw new ConfigError('METRICS_TOKEN must be at least 24 characters.');
  return token;
}
