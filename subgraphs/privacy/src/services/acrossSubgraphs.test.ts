import { describe, expect, it, vi } from 'vitest';
import { ErrorCode, hasCode } from '#kit/errors.ts';
import type { AffectedSubjects } from '#kit/subjectRights.ts';
import type { Viewer } from '#kit/viewer.ts';
import { breachImpact, liftRestriction } from './acrossSubgraphs.ts';
import { CONTRACT_NAMES } from './orchestrator.ts';
import type { Contracts } from './orchestrator.ts';

const ADMIN: Viewer = { subject: 'dpo', roles: ['admin'], scopes: [], clientId: 'admin-ui', channel: 'web' };
const notAsked = () => Promise.reject(new Error('not asked in this test'));

/** Contracts that answer a breach window and a restriction the way each named subgraph is told to. */
function contracts(affected: Partial<Record<keyof Contracts, Omit<AffectedSubjects, 'subgraph'>>>, unreachable: string[] = []) {
  const asked: string[] = [];
  const contract = (subgraph: keyof Contracts) => ({
    export: notAsked,
    erase: notAsked,
    inventory: notAsked,
    async affected(window: { collections?: string[] }) {
      asked.push(`${subgraph}:${window.collections?.join(',') ?? '*'}`);
      return { subgraph, ...(affected[subgraph] ?? { subjects: [], categories: [] }) };
    },
    async restrict(subjectId: string, restricted: boolean) {
      if (unreachable.includes(subgraph)) throw new Error(`${subgraph} is down`);
      return { subjectId, restricted };
    },
  });
  const all = Object.fromEntries(CONTRACT_NAMES.map((name) => [name, contract(name)]));
  return { contracts: all as unknown as Contracts, asked };
}

describe('breachImpact', () => {
  const window = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-02T00:00:00Z') };

  it('asks every subgraph when none is named, and counts each subject once across them', async () => {
    const { contracts: c, asked } = contracts({
      identity: { subjects: ['p1', 'p2'], categories: ['contact'] },
      consent: { subjects: ['p2'], categories: ['consent'] },
    });
    const impact = await breachImpact(c, ADMIN, window);
    expect(asked.sort()).toEqual(CONTRACT_NAMES.map((name) => `${name}:*`).sort());
    expect(impact).toMatchObject({ subjects: ['p1', 'p2'], count: 2, categories: ['consent', 'contact'] });
    expect(impact.bySubgraph.find((p) => p.subgraph === 'identity')).toEqual({ subgraph: 'identity', count: 2, categories: ['contact'] });
  });

  it('asks only the subgraphs named, each once, with the collections named', async () => {
    const { contracts: c, asked } = contracts({ identity: { subjects: ['p1'], categories: ['contact'] } });
    const impact = await breachImpact(c, ADMIN, { ...window, subgraphs: ['identity', 'identity'], collections: ['profiles'] });
    expect(asked).toEqual(['identity:profiles']);
    expect(impact.bySubgraph).toHaveLength(1);
  });

  it('refuses an unknown subgraph and a window that ends before it starts, asking nobody', async () => {
    const { contracts: c, asked } = contracts({});
    const unknown = await breachImpact(c, ADMIN, { ...window, subgraphs: ['identity', 'billing'] }).catch((e: unknown) => e);
    expect(hasCode(unknown, ErrorCode.BAD_USER_INPUT)).toBe(true);
    expect((unknown as Error).message).toContain('billing');
    const backwards = await breachImpact(c, ADMIN, { from: window.to, to: window.from }).catch((e: unknown) => e);
    expect(hasCode(backwards, ErrorCode.BAD_USER_INPUT)).toBe(true);
    expect(asked).toEqual([]);
  });
});

describe('who may ask', () => {
  it('leaves breach response to administrators and lifting a restriction to staff with a reason', async () => {
    const { contracts: c, asked } = contracts({});
    const agent: Viewer = { ...ADMIN, roles: ['agent'] };
    const customer: Viewer = { ...ADMIN, subject: 'p1', roles: ['customer'] };
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const window = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-02T00:00:00Z') };
    expect(hasCode(await breachImpact(c, agent, window).catch((e: unknown) => e), ErrorCode.FORBIDDEN)).toBe(true);
    expect(
      hasCode(
        await liftRestriction({ contracts: c, log, requests: { liftGranted: vi.fn() } }, customer, 'p1', 'mine').catch((e: unknown) => e),
        ErrorCode.FORBIDDEN,
      ),
    ).toBe(true);
    expect(
      hasCode(
        await liftRestriction({ contracts: c, log, requests: { liftGranted: vi.fn() } }, agent, 'p1', ' ').catch((e: unknown) => e),
        ErrorCode.BAD_USER_INPUT,
      ),
    ).toBe(true);
    expect(asked).toEqual([]);
  });
});

describe('liftRestriction', () => {
  it('names the subgraphs that could not be reached, and the ones that lifted it', async () => {
    const { contracts: c } = contracts({}, ['offer']);
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const requests = { liftGranted: vi.fn(async () => {}) };
    const result = await liftRestriction({ contracts: c, log, requests }, ADMIN, 'p1', 'the customer asked');
    expect(result).toEqual({ lifted: false, confirmed: CONTRACT_NAMES.filter((n) => n !== 'offer'), failed: ['offer'] });
    // Not lifted everywhere: the customer's own request to lift it stays open.
    expect(requests.liftGranted).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledWith('restriction not lifted everywhere', { profileId: 'p1', failed: ['offer'] });
  });
});
