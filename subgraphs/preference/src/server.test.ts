import { describe, expect, it } from 'vitest';
import { entitiesQuery, representations, useSubgraph } from '../../../tests/support/subgraphHarness.ts';
import { customerViewer } from '../../../tests/support/viewers.ts';
import { createPreferenceSubgraph } from './server.ts';

const preference = useSubgraph('preference', createPreferenceSubgraph);

const SET = 'mutation($input: SetPreferencesInput!) { setPreferences(input: $input) { language channels { channel enabled } } }';

describe('preference subgraph', () => {
  it('merges changes: channels not mentioned keep their setting', async () => {
    await preference.ok(SET, { input: { profileId: 'p-1', language: 'en-GB', channels: [{ channel: 'EMAIL', enabled: true }] } });
    const result = await preference.ok(SET, { input: { profileId: 'p-1', channels: [{ channel: 'SMS', enabled: false }] } });
    expect(result.setPreferences).toEqual({
      language: 'en-GB',
      channels: [
        { channel: 'EMAIL', enabled: true },
        { channel: 'SMS', enabled: false },
      ],
    });
  });

  it('creates a preference set with only a language', async () => {
    expect((await preference.ok(SET, { input: { profileId: 'p-2', language: 'fr-CA' } })).setPreferences).toEqual({
      language: 'fr-CA',
      channels: [],
    });
  });

  it('clears the language when asked to', async () => {
    await preference.ok(SET, { input: { profileId: 'p-3', language: 'de-DE' } });
    expect((await preference.ok(SET, { input: { profileId: 'p-3', language: null } })).setPreferences.language).toBeNull();
  });

  it('rejects an invalid locale and a channel given twice', async () => {
    const locale = await preference.run(SET, { input: { profileId: 'p-4', language: 'not a locale!' } });
    expect(locale.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const twice = await preference.run(SET, {
      input: {
        profileId: 'p-4',
        channels: [
          { channel: 'EMAIL', enabled: true },
          { channel: 'EMAIL', enabled: false },
        ],
      },
    });
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a customer changing someone else’s preferences', async () => {
    const result = await preference.run(SET, { input: { profileId: 'p-5', language: 'en-GB' } }, customerViewer('p-6'));
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('resolves preferences for a batch with one database query; null where none were stated', async () => {
    let data: Record<string, any> = {};
    const commands = await preference.commandsDuring(async () => {
      data = await preference.ok(entitiesQuery('preferences { language }'), { representations: representations(['p-1', 'p-2', 'none']) });
    });
    expect(commands).toEqual({ find: 1 });
    expect(data._entities.map((e: { preferences: unknown }) => e.preferences)).toEqual([
      { language: 'en-GB' },
      { language: 'fr-CA' },
      null,
    ]);
  });

  it('erases a subject through the contract', async () => {
    expect((await preference.subjectRights.erase('p-1')).removed.preference_sets).toBe(1);
    const data = await preference.ok(entitiesQuery('preferences { language }'), { representations: representations(['p-1']) });
    expect(data._entities[0].preferences).toBeNull();
  });
});
