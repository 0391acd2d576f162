// "May we send topic T on channel C to this customer now?" through the gateway: identity's time
// zone, consent's grants, restriction and objection, and preference's own rules, in one answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { ensurePurposes, recordConsent } from '../support/consent.ts';
import { restrictThroughPrivacy } from '../support/privacy.ts';
import { useStack } from '../support/stack.ts';

const lp = useStack();

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const result = await lp.query(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}
const clock = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
/** A one-hour window around the current local time in `timeZone` (and its opposite, twelve hours away). */
const windowAroundNow = (timeZone: string, offsetHours = 0) => {
  const at = (minutes: number) => clock(new Date(Date.now() + offsetHours * 3_600_000 + minutes * 60_000), timeZone);
  return { start: at(-30), end: at(30) };
};

/** A customer who may receive `running` on EMAIL: consent granted, channel on. */
async function reachableCustomer(timeZone = 'UTC'): Promise<string> {
  const id = (await ok('mutation($tz: TimeZone) { createProfile(input: { timeZone: $tz }) { id } }', { tz: timeZone })).createProfile
    .id as string;
  await recordConsent(lp, id, 'marketing', 'GRANTED');
  await ok('mutation($id: ID!) { setPreferences(input: { profileId: $id, channels: [{ channel: EMAIL, enabled: true }] }) { id } }', {
    id,
  });
  return id;
}
const maySend = async (id: string, topic = 'running') =>
  (
    await ok('query($id: ID!, $t: ID!) { profile(id: $id) { maySend(topic: $t, channel: EMAIL) { allowed code reason } } }', {
      id,
      t: topic,
    })
  ).profile.maySend;

beforeAll(async () => {
  await ensurePurposes(lp, ['marketing']);
  await ok('mutation { upsertTopic(input: { id: "running", name: "Running", description: "Shoes and races" }) { id } }');
});

describe('may we send, through the gateway', () => {
  it('says yes when consent, channel, topic, caps and quiet hours all allow it', async () => {
    expect(await maySend(await reachableCustomer())).toMatchObject({ allowed: true, code: 'ALLOWED' });
  });

  it('says no without consent, and reports the switched-on channel as inactive', async () => {
    const id = (await ok('mutation { createProfile(input: {}) { id } }')).createProfile.id;
    await ok(
      'mutation($id: ID!) { setPreferences(input: { profileId: $id, channels: [{ channel: EMAIL, enabled: true }] }) { preferences { channels { channel active inactiveReason } } } }',
      { id },
    );
    expect(await maySend(id)).toMatchObject({ allowed: false, code: 'CONSENT_MISSING' });
    const { profile } = await ok('query($id: ID!) { profile(id: $id) { preferences { channels { active inactiveReason } } } }', { id });
    expect(profile.preferences.channels).toEqual([{ active: false, inactiveReason: 'No current marketing consent on EMAIL.' }]);
  });

  it('says no when consent is withdrawn, processing restricted, or marketing objected to', async () => {
    const withdrawn = await reachableCustomer();
    await recordConsent(lp, withdrawn, 'marketing', 'WITHDRAWN');
    expect((await maySend(withdrawn)).code).toBe('CONSENT_MISSING');

    const restricted = await reachableCustomer();
    await restrictThroughPrivacy(lp, restricted);
    expect((await maySend(restricted)).code).toBe('RESTRICTED');

    const objected = await reachableCustomer();
    await ok('mutation($id: ID!) { setObjection(profileId: $id, purpose: "marketing", objected: true) { id } }', { id: objected });
    expect((await maySend(objected)).code).toBe('OBJECTED');
  });

  it('says no when the channel is off or the topic unwanted, and for unknown topics', async () => {
    const off = await reachableCustomer();
    await ok('mutation($id: ID!) { setPreferences(input: { profileId: $id, channels: [{ channel: EMAIL, enabled: false }] }) { id } }', {
      id: off,
    });
    expect((await maySend(off)).code).toBe('CHANNEL_OFF');

    const unwanted = await reachableCustomer();
    await ok('mutation($id: ID!) { setInterest(profileId: $id, topic: "running", interested: false) { id } }', { id: unwanted });
    expect((await maySend(unwanted)).code).toBe('TOPIC_NOT_WANTED');
    expect((await maySend(unwanted, 'knitting')).code).toBe('UNKNOWN_TOPIC');
  });

  it('says no once the frequency cap is reached by reported sends', async () => {
    const id = await reachableCustomer();
    await ok(
      'mutation($id: ID!) { setPreferences(input: { profileId: $id, frequencyCaps: [{ channel: EMAIL, max: 1, periodDays: 7 }] }) { id } }',
      { id },
    );
    expect((await maySend(id)).code).toBe('ALLOWED');
    const sent = await ok(
      'mutation($id: ID!, $at: DateTime!) { recordSends(source: "development", sends: [{ sendId: "s-1", profileId: $id, channel: EMAIL, topic: "running", sentAt: $at }]) { recorded } }',
      {
        id,
        at: new Date().toISOString(),
      },
    );
    expect(sent.recordSends.recorded).toBe(1);
    expect(await maySend(id)).toMatchObject({ allowed: false, code: 'FREQUENCY_CAP_REACHED' });
  });

  it('says no during quiet hours in the customer’s own time zone, from identity', async () => {
    const timeZone = 'Asia/Tokyo';
    const quiet = await reachableCustomer(timeZone);
    await ok('mutation($id: ID!, $q: QuietHoursInput!) { setPreferences(input: { profileId: $id, quietHours: $q }) { id } }', {
      id: quiet,
      q: windowAroundNow(timeZone),
    });
    expect(await maySend(quiet)).toMatchObject({ allowed: false, code: 'QUIET_HOURS' });

    const awake = await reachableCustomer(timeZone);
    await ok('mutation($id: ID!, $q: QuietHoursInput!) { setPreferences(input: { profileId: $id, quietHours: $q }) { id } }', {
      id: awake,
      q: windowAroundNow(timeZone, 12),
    });
    expect((await maySend(awake)).code).toBe('ALLOWED');
  });
});
