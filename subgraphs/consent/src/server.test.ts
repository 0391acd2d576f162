import { describe, expect, it } from 'vitest';
import { entitiesQuery, representations, useSubgraph } from '../../../tests/support/subgraphHarness.ts';
import type { Viewer } from '#kit/viewer.ts';
import { adminViewer, analystViewer, customerViewer } from '../../../tests/support/viewers.ts';
import { createConsentSubgraph } from './server.ts';

const consent = useSubgraph('consent', createConsentSubgraph);

const setConsent = (profileId: string, purpose: string, channel: string, status: string, viewer: Viewer = adminViewer) =>
  consent.run(
    'mutation($input: SetConsentInput!) { setConsent(input: $input) { purpose channel status lastChangedBy { source actor } } }',
    { input: { profileId, purpose, channel, status } },
    viewer,
  );

describe('consent subgraph', () => {
  it('records a decision per purpose and channel, the latest one winning', async () => {
    await setConsent('c-1', 'marketing', 'EMAIL', 'GRANTED');
    await setConsent('c-1', 'marketing', 'SMS', 'DENIED');
    const withdrawn = await setConsent('c-1', 'marketing', 'EMAIL', 'WITHDRAWN');
    expect(withdrawn.data?.setConsent).toMatchObject({ status: 'WITHDRAWN', lastChangedBy: { source: 'test-suite', actor: 'staff-1' } });
    const data = await consent.ok(entitiesQuery('consents { purpose channel status }'), { representations: representations(['c-1']) });
    expect(data._entities[0].consents).toEqual([
      { purpose: 'marketing', channel: 'EMAIL', status: 'WITHDRAWN' },
      { purpose: 'marketing', channel: 'SMS', status: 'DENIED' },
    ]);
  });

  it('keeps every decision when several arrive at once for one subject', async () => {
    const purposes = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
    await Promise.all(purposes.map((purpose) => setConsent('c-many', purpose, 'EMAIL', 'GRANTED')));
    const data = await consent.ok(entitiesQuery('consents { purpose }'), { representations: representations(['c-many']) });
    expect(data._entities[0].consents.map((c: { purpose: string }) => c.purpose)).toEqual([...purposes].sort());
  });

  it('combines the decisions of profiles merged into this one, most restrictive first', async () => {
    await setConsent('survivor', 'marketing', 'EMAIL', 'GRANTED');
    await setConsent('absorbed', 'marketing', 'EMAIL', 'WITHDRAWN');
    await setConsent('absorbed', 'research', 'EMAIL', 'GRANTED');
    const data = await consent.ok(entitiesQuery('consents { purpose status }'), {
      representations: [{ __typename: 'Profile', id: 'survivor', mergedProfileIds: ['absorbed'] }],
    });
    expect(data._entities[0].consents).toEqual([
      { purpose: 'marketing', status: 'WITHDRAWN' },
      { purpose: 'research', status: 'GRANTED' },
    ]);
  });

  it('answers an empty list for a subject without decisions', async () => {
    const data = await consent.ok(entitiesQuery('consents { purpose }'), { representations: representations(['nobody']) });
    expect(data._entities[0].consents).toEqual([]);
  });

  it.each(['Marketing', 'a', 'has space', 'dots.not.allowed', '$where'])('rejects the purpose key %j', async (purpose) => {
    const result = await setConsent('c-2', purpose, 'EMAIL', 'GRANTED');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects an unknown channel', async () => {
    expect((await setConsent('c-2', 'marketing', 'FAX', 'GRANTED')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets a customer change their own consent, not someone else’s, and analysts none', async () => {
    expect((await setConsent('c-3', 'marketing', 'EMAIL', 'GRANTED', customerViewer('c-3'))).errors).toBeUndefined();
    expect((await setConsent('c-4', 'marketing', 'EMAIL', 'GRANTED', customerViewer('c-3'))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await setConsent('c-3', 'marketing', 'EMAIL', 'DENIED', analystViewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a customer another subject’s consents through _entities', async () => {
    const result = await consent.run(
      entitiesQuery('consents { status }'),
      { representations: representations(['c-1']) },
      customerViewer('c-3'),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(result.data ?? null)).not.toContain('WITHDRAWN');
  });

  it('resolves consents for a batch of 50 profiles with one database query', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `batch-${i}`);
    for (const id of ids.slice(0, 5)) await setConsent(id, 'analytics', 'WEB', 'GRANTED');
    let data: Record<string, any> = {};
    const commands = await consent.commandsDuring(async () => {
      data = await consent.ok(entitiesQuery('consents { status }'), { representations: representations(ids) });
    });
    expect(commands).toEqual({ find: 1 });
    expect(data._entities).toHaveLength(50);
    expect(data._entities[0].consents).toEqual([{ status: 'GRANTED' }]);
    expect(data._entities[49].consents).toEqual([]);
  });

  it('restricts and erases a subject through the contract', async () => {
    await setConsent('c-5', 'marketing', 'EMAIL', 'GRANTED');
    const state = await consent.subjectRights.restrict('c-5', true, {
      source: 'privacy',
      channel: 'internal',
      actor: null,
      at: new Date(),
    });
    expect(state.restricted).toBe(true);
    const exported = await consent.subjectRights.export('c-5');
    expect(exported.records.subject_restrictions).toEqual([expect.objectContaining({ _id: 'c-5', restricted: true })]);
    expect(exported.records.consent_records).toHaveLength(1);
    const erased = await consent.subjectRights.erase('c-5');
    expect(erased.removed).toEqual({ consent_records: 1, subject_restrictions: 1 });
    expect((await consent.subjectRights.inventory('c-5')).holds).toEqual([]);
  });
});
