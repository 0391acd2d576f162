// Security regression: no personal data in any log line. When a subgraph request failed, the
// gateway used to log the whole request it had sent, variables included (a test email showed
// up), as Hive runtime's coloured multi-line blocks even with LOG_FORMAT=json.
import { describe, expect, it } from 'vitest';
import { withoutQuotedValues } from '#kit/log.ts';
import { useStack } from '../support/stack.ts';

const lines: { service: string; line: string }[] = [];
const lp = useStack({ env: { LOG_FORMAT: 'json' }, onOutput: (service, line) => void lines.push({ service, line }) });

const EMAIL = 'log.leak.probe@example.com';

describe('logs', () => {
  it('carry no variables or personal values when a subgraph is down, and stay one JSON object per line', async () => {
    await lp.stack.subgraphs.identity.process.stop();
    try {
      const create = await lp.query('mutation($e: EmailAddress!) { createProfile(input: { emails: [{ address: $e }] }) { id } }', {
        e: EMAIL,
      });
      expect(create.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
      const read = await lp.query('query($e: EmailAddress!) { profileByEmail(email: $e) { id } }', { e: EMAIL });
      expect(read.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
      // An invalid value, which GraphQL's own message quotes back to the caller.
      await lp.query('query($e: EmailAddress!) { profileByEmail(email: $e) { id } }', { e: `not-an-email ${EMAIL}` });
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      await lp.stack.restart('identity');
    }
    const gateway = lines.filter((l) => l.service === 'gateway');
    expect(gateway.some((l) => /subgraph|runtime/i.test(l.line))).toBe(true);
    expect(lines.filter((l) => l.line.includes(EMAIL) || l.line.includes('log.leak.probe'))).toEqual([]);
    const notJson = lines.filter(({ line }) => {
      try {
        return typeof JSON.parse(line) !== 'object';
      } catch {
        return true;
      }
    });
    expect(notJson).toEqual([]);
  });

  it('log what a caller caused (FORBIDDEN, a CSRF refusal, a validation error) below error level', async () => {
    const before = lines.length;
    const customer = { 'x-dev-viewer-role': 'customer', 'x-dev-viewer-subject': 'someone' };
    const catalogueWrite =
      'mutation { upsertPurpose(input: { id: "p", name: "p", description: "d", legalBasis: CONSENT, refusable: true }) { id } }';
    expect((await lp.query(catalogueWrite, {}, customer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await fetch(`${lp.stack.gatewayUrl}?query=%7B__typename%7D`)).status).toBe(403);
    expect((await lp.query('{ nope }')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const errors = lines.slice(before).filter(({ line }) => /"level":"error"/.test(line));
    expect(errors).toEqual([]);
  });

  it('keep what an error says but not the values it quotes', () => {
    expect(withoutQuotedValues('Cast to string failed for value "ada@example.com" (type string) at path \'email\'')).toBe(
      'Cast to string failed for value "…" (type string) at path \'…\'',
    );
    expect(withoutQuotedValues('duplicate key: ada.lovelace@example.com')).toBe('duplicate key: …@…');
  });
});
