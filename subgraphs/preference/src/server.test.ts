import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '#kit/events/domainEvents.ts';
import type { Viewer } from '#kit/viewer.ts';
import { batchReadCost } from '../../../tests/support/database.ts';
import { entitiesQuery, representations, useSubgraph } from '../../../tests/support/subgraphHarness.ts';
import { customerViewer } from '../../../tests/support/viewers.ts';
import { createPreferenceSubgraph } from './server.ts';

const preference = useSubgraph('preference', createPreferenceSubgraph());
const esp: Viewer = { subject: null, roles: ['system'], scopes: [], clientId: 'esp', channel: 'batch' };
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

const SET = 'mutation($input: SetPreferencesInput!) { setPreferences(input: $input) { id } }';
const set = (input: Record<string, unknown>, viewer?: Viewer) => preference.run(SET, { input }, viewer);
const read = async (id: string, selection: string, extra: Record<string, unknown> = {}) =>
  (await preference.ok(entitiesQuery(selection), { representations: [{ __typename: 'Profile', id, ...extra }] }))._entities[0];
const granted = {
  activeGrants: ['marketing:EMAIL', 'marketing:SMS'],
  processingRestricted: false,
  objections: [],
  timeZone: 'Europe/London',
};

describe('preference subgraph', () => {
  it('keeps a topic catalogue anyone can read', async () => {
    await preference.ok(
      'mutation { upsertTopic(input: { id: "running", name: "Running", description: "Shoes, races, training" }) { id } }',
    );
    await preference.ok('mutation { upsertTopic(input: { id: "cooking", name: "Cooking", description: "Recipes" }) { id purpose } }');
    expect((await preference.ok('query { topics { id purpose } }', {}, customerViewer('x'))).topics).toEqual([
      { id: 'cooking', purpose: 'marketing' },
      { id: 'running', purpose: 'marketing' },
    ]);
  });

  it('merges changes and reports a channel without consent as stored but inactive', async () => {
    expect(
      (
        await set({
          profileId: 'p-1',
          language: 'en-GB',
          format: 'PLAIN_TEXT',
          channels: [
            { channel: 'EMAIL', enabled: true },
            { channel: 'PUSH', enabled: true },
          ],
        })
      ).errors,
    ).toBeUndefined();
    await set({
      profileId: 'p-1',
      channels: [{ channel: 'SMS', enabled: false }],
      topicChannels: [{ topic: 'running', channel: 'EMAIL' }],
      frequencyCaps: [{ channel: 'EMAIL', max: 3 }],
      quietHours: { start: '22:00', end: '07:00' },
    });
    const { preferences } = await read(
      'p-1',
      'preferences { language format channels { channel enabled active inactiveReason } topicChannels { topic channel } frequencyCaps { channel max periodDays } quietHours { start end } }',
      { activeGrants: ['marketing:EMAIL'] },
    );
    expect(preferences).toEqual({
      language: 'en-GB',
      format: 'PLAIN_TEXT',
      channels: [
        { channel: 'EMAIL', enabled: true, active: true, inactiveReason: null },
        { channel: 'SMS', enabled: false, active: false, inactiveReason: 'Switched off by the customer.' },
        { channel: 'PUSH', enabled: true, active: false, inactiveReason: 'No current marketing consent on PUSH.' },
      ],
      topicChannels: [{ topic: 'running', channel: 'EMAIL' }],
      frequencyCaps: [{ channel: 'EMAIL', max: 3, periodDays: 7 }],
      quietHours: { start: '22:00', end: '07:00' },
    });
  });

  it('keeps who changed what, when and from which channel, visible to the customer', async () => {
    await set({ profileId: 'h-1', language: 'fr-FR' }, customerViewer('h-1'));
    await set({ profileId: 'h-1', language: 'de-DE' }, customerViewer('h-1'));
    const { preferenceHistory } = await read('h-1', 'preferenceHistory { field previous by { source channel actor } }');
    expect(preferenceHistory).toEqual([
      { field: 'language', previous: 'fr-FR', by: { source: 'web', channel: 'web', actor: 'h-1' } },
      { field: 'language', previous: null, by: { source: 'web', channel: 'web', actor: 'h-1' } },
    ]);
  });

  it('writes a preference.changed event with each change, none for a change to the same value', async () => {
    await set({ profileId: 'ev-1', language: 'fr-FR', channels: [{ channel: 'SMS', enabled: false }] }, customerViewer('ev-1'));
    await set({ profileId: 'ev-1', language: 'fr-FR' }, customerViewer('ev-1'));
    await set({ profileId: 'ev-1', format: 'PLAIN_TEXT' }, customerViewer('ev-1'));
    const doc = await preference.database.connection
      .collection<{ _id: string; outbox: DomainEvent[] }>('preference_sets')
      .findOne({ _id: 'ev-1' });
    expect(doc!.outbox.map((e) => [e.type, e.source, e.data])).toEqual([
      ['preference.changed', 'preference', { fields: ['language', 'channels'], channels: { SMS: false }, origin: 'web' }],
      ['preference.changed', 'preference', { fields: ['format'], origin: 'web' }],
    ]);
  });

  it.each([
    [{ quietHours: { start: '25:00', end: '07:00' } }],
    [{ quietHours: { start: '22:00', end: '07:00', timeZone: 'Mars/Base' } }],
    [{ frequencyCaps: [{ channel: 'EMAIL', max: -1 }] }],
    [{ topicChannels: [{ topic: 'unknown', channel: 'EMAIL' }] }],
    [
      {
        channels: [
          { channel: 'EMAIL', enabled: true },
          { channel: 'EMAIL', enabled: false },
        ],
      },
    ],
    [
      {
        frequencyCaps: [
          { channel: 'SMS', max: 2, periodDays: 7 },
          { channel: 'SMS', max: 3, periodDays: 7 },
        ],
      },
    ],
  ])('rejects bad input with BAD_USER_INPUT (%#)', async (change) => {
    expect(codeOf(await set({ profileId: 'b-1', ...change }))).toBe('BAD_USER_INPUT');
  });

  it('lets stated interests beat inferred ones, and customers delete inferred ones', async () => {
    const SET_INTEREST = (interested: boolean, source: string) =>
      `mutation { setInterest(profileId: "i-1", topic: "running", interested: ${interested}, source: ${source}) { id } }`;
    await preference.ok(SET_INTEREST(true, 'INFERRED'), {}, esp);
    await preference.ok(SET_INTEREST(false, 'STATED'), {}, customerViewer('i-1'));
    await preference.ok(SET_INTEREST(true, 'INFERRED'), {}, esp);
    expect((await read('i-1', 'interests { topic interested source }')).interests).toEqual([
      { topic: 'running', interested: false, source: 'STATED' },
    ]);
    expect(codeOf(await preference.run(SET_INTEREST(true, 'STATED'), {}, esp))).toBe('FORBIDDEN');
    expect(codeOf(await preference.run(SET_INTEREST(true, 'INFERRED'), {}, customerViewer('i-1')))).toBe('FORBIDDEN');

    await preference.ok('mutation { setInterest(profileId: "i-1", topic: "cooking", interested: true, source: INFERRED) { id } }', {}, esp);
    await preference.ok('mutation { removeInferredInterest(profileId: "i-1", topic: "cooking") { id } }', {}, customerViewer('i-1'));
    expect((await read('i-1', 'interests { topic }')).interests).toEqual([{ topic: 'running' }]);
    expect(
      codeOf(
        await preference.run('mutation { removeInferredInterest(profileId: "i-1", topic: "running") { id } }', {}, customerViewer('i-1')),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('answers may-we-send with the frequency cap counting reported sends, once each', async () => {
    await set({
      profileId: 's-1',
      channels: [{ channel: 'EMAIL', enabled: true }],
      frequencyCaps: [{ channel: 'EMAIL', max: 2, periodDays: 7 }],
      quietHours: { start: '00:00', end: '00:00' },
    });
    const SEND = 'mutation($sends: [SendInput!]!) { recordSends(source: "esp", sends: $sends) { recorded alreadyRecorded } }';
    const now = Date.now();
    const sends = [
      { sendId: 'm1', profileId: 's-1', channel: 'EMAIL', topic: 'running', sentAt: new Date(now - 3_600_000).toISOString() },
      { sendId: 'm0', profileId: 's-1', channel: 'EMAIL', topic: 'running', sentAt: new Date(now - 8 * 86_400_000).toISOString() },
    ];
    expect((await preference.ok(SEND, { sends }, esp)).recordSends).toEqual({ recorded: 2, alreadyRecorded: 0 });
    expect((await preference.ok(SEND, { sends }, esp)).recordSends).toEqual({ recorded: 0, alreadyRecorded: 2 });
    const may = async () => (await read('s-1', 'maySend(topic: "running", channel: EMAIL) { allowed code }', granted)).maySend;
    expect(await may()).toEqual({ allowed: true, code: 'ALLOWED' });
    await preference.ok(SEND, { sends: [{ ...sends[0], sendId: 'm2' }] }, esp);
    expect(await may()).toEqual({ allowed: false, code: 'FREQUENCY_CAP_REACHED' });
    expect(codeOf(await preference.run(SEND, { sends }, { ...esp, clientId: 'crm' }))).toBe('FORBIDDEN');
  });

  it('resolves preferences for a batch with one batch read; null where none were stated', async () => {
    let data: Record<string, any> = {};
    const commands = await preference.commandsDuring(async () => {
      data = await preference.ok(entitiesQuery('preferences { language }'), { representations: representations(['p-1', 'none']) });
    });
    expect(commands).toEqual({ find: batchReadCost(preference.database, 2) });
    expect(data._entities.map((e: { preferences: unknown }) => e.preferences)).toEqual([{ language: 'en-GB' }, null]);
  });

  it('exports and erases a subject’s preferences and sends through the contract', async () => {
    const exported = await preference.subjectRights.export('s-1');
    expect(exported.records.preference_sets).toHaveLength(1);
    expect(exported.records.sends).toHaveLength(3);
    expect((await preference.subjectRights.erase('s-1')).removed).toMatchObject({ preference_sets: 1, sends: 3 });
    expect((await preference.subjectRights.inventory('s-1')).holds).toEqual([]);
  });
});
