import { ConfigError } from './config.ts';

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
