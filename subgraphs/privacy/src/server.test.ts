import { describe, expect, it } from 'vitest';
import { entitiesQuery, representations, useSubgraph } from '../../../tests/support/subgraphHarness.ts';
import { customerViewer } from '../../../tests/support/viewers.ts';
import { createPrivacySubgraph } from './server.ts';

const privacy = useSubgraph('privacy', createPrivacySubgraph);

const OPEN = 'mutation($input: OpenPrivacyRequestInput!) { openPrivacyRequest(input: $input) { id type status receivedAt dueAt } }';

describe('privacy subgraph', () => {
  it('opens a request due one month after receipt', async () => {
    const { openPrivacyRequest: request } = await privacy.ok(OPEN, { input: { profileId: 'r-1', type: 'ACCESS' } }, customerViewer('r-1'));
    expect(request.status).toBe('RECEIVED');
    const received = new Date(request.receivedAt);
    const due = new Date(request.dueAt);
    expect(due.getUTCMonth()).toBe((received.getUTCMonth() + 1) % 12);
  });

  it('merges a duplicate open request of the same type instead of doubling it', async () => {
    const first = await privacy.ok(OPEN, { input: { profileId: 'r-2', type: 'ERASURE' } });
    const second = await privacy.ok(OPEN, { input: { profileId: 'r-2', type: 'ERASURE' } });
    const other = await privacy.ok(OPEN, { input: { profileId: 'r-2', type: 'ACCESS' } });
    expect(second.openPrivacyRequest.id).toBe(first.openPrivacyRequest.id);
    expect(other.openPrivacyRequest.id).not.toBe(first.openPrivacyRequest.id);
  });

  it('stays single under concurrent duplicate submissions', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => privacy.ok(OPEN, { input: { profileId: 'r-3', type: 'OBJECTION' } })),
    );
    expect(new Set(results.map((r) => r.openPrivacyRequest.id)).size).toBe(1);
  });

  it('resolves requests for a batch with one query, newest first, empty where none', async () => {
    let data: Record<string, any> = {};
    const commands = await privacy.commandsDuring(async () => {
      data = await privacy.ok(entitiesQuery('privacyRequests { type }'), { representations: representations(['r-2', 'none']) });
    });
    expect(commands).toEqual({ find: 1 });
    expect(data._entities[0].privacyRequests.map((r: { type: string }) => r.type).sort()).toEqual(['ACCESS', 'ERASURE']);
    expect(data._entities[1].privacyRequests).toEqual([]);
  });

  it('refuses a request on someone else’s behalf by a customer', async () => {
    const result = await privacy.run(OPEN, { input: { profileId: 'r-9', type: 'ACCESS' } }, customerViewer('r-1'));
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
