// Preference's use cases: who may change what (authorization decided here), the checks a change
// must pass, and the question "may we send topic T on channel C now?". The store does the
// reading and writing; the rules are domain's.
import { assertAdmin, assertCanWrite, assertSystemActsAsItself, provenanceOf } from '#kit/authorize.ts';
import { badUserInput, forbidden } from '#kit/errors.ts';
import { isWritable, type ProfileDirectory } from '#kit/profileDirectory.ts';
import { hasRole, type Viewer } from '#kit/viewer.ts';
import { windowStart } from '../domain/frequencyCap.ts';
import type { InterestSource } from '../domain/interests.ts';
import { maySend, type SendDecision } from '../domain/maySend.ts';
import type { PreferenceChannel, PreferenceSetDoc, TopicDoc } from '../models/PreferenceSet.ts';
import type { PreferenceChanges, PreferenceStore } from '../store/preferenceStore.ts';
import type { Loaders } from './loaders.ts';

export type { PreferenceChanges };

export interface SendReport {
  sendId: string;
  profileId: string;
  channel: PreferenceChannel;
  topic: string;
  sentAt: Date;
}

/** What the consent subgraph tells about a profile, through federation, for may-we-send. */
export interface ConsentFacts {
  id: string;
  timeZone?: string | null;
  processingRestricted?: boolean | null;
  objections?: string[] | null;
  activeGrants?: string[] | null;
}

export class PreferenceService {
  readonly #store: PreferenceStore;
  /** Where profile ids are checked before a write (identity); unset when tested on its own. */
  readonly #directory: ProfileDirectory | undefined;

  constructor(store: PreferenceStore, directory?: ProfileDirectory) {
    this.#store = store;
    this.#directory = directory;
  }

  upsertTopic(viewer: Viewer, input: { id: string; name: string; description: string; purpose: string }) {
    assertAdmin(viewer);
    return this.#store.upsertTopic(input, provenanceOf(viewer));
  }

  topics(): Promise<TopicDoc[]> {
    return this.#store.topics();
  }

  /** Every subject's set among `ids`, for the per-request loader. */
  setsOf(ids: readonly string[]): Promise<PreferenceSetDoc[]> {
    return this.#store.findBySubjects(ids);
  }

  async setPreferences(viewer: Viewer, input: PreferenceChanges & { profileId: string }): Promise<void> {
    assertCanWrite(viewer, input.profileId);
    const keyed = [
      (input.channels ?? []).map((c) => c.channel),
      (input.frequencyCaps ?? []).map((c) => c.channel),
      (input.topicChannels ?? []).map((t) => t.topic),
    ];
    for (const keys of keyed) {
      if (new Set(keys).size !== keys.length) throw badUserInput('Each channel or topic may appear only once per list.');
    }
    await this.#directory?.assertExists(input.profileId);
    await this.#store.apply(input.profileId, input, provenanceOf(viewer));
  }

  async setInterest(viewer: Viewer, profileId: string, topic: string, interested: boolean, source: InterestSource): Promise<void> {
    assertCanWrite(viewer, profileId);
    // Customers state; systems infer. A system cannot put words in the customer's mouth.
    if (source === 'STATED' && hasRole(viewer, 'system') && !hasRole(viewer, 'admin', 'agent'))
      throw forbidden('Systems record inferred interests only.');
    if (source === 'INFERRED' && !hasRole(viewer, 'system', 'admin')) throw forbidden('Only systems infer interests.');
    await this.#directory?.assertExists(profileId);
    await this.#store.setInterest(profileId, topic, interested, source, provenanceOf(viewer));
  }

  async removeInferredInterest(viewer: Viewer, profileId: string, topic: string): Promise<void> {
    assertCanWrite(viewer, profileId);
    await this.#directory?.assertExists(profileId);
    await this.#store.removeInferredInterest(profileId, topic, provenanceOf(viewer));
  }

  /** Sends an engagement tool reports, each kept once; a send to someone who is not a profile is not kept. */
  async recordSends(viewer: Viewer, source: string, sends: SendReport[]) {
    assertSystemActsAsItself(viewer, source, 'report sends');
    if (sends.length === 0 || sends.length > 1000) throw badUserInput('Report 1 to 1000 sends at a time.', 'sends');
    // Every profile the report names, checked in one call.
    const profiles = this.#directory && (await this.#directory.states(sends.map((s) => s.profileId)));
    const known = profiles ? sends.filter((s) => isWritable(profiles.get(s.profileId))) : sends;
    return { ...(await this.#store.recordSends(source, known)), unknownProfiles: sends.length - known.length };
  }

  /** May we send `topic` on `channel` to this customer now: their set, the catalogue, their sends in the cap's window, consent's facts. */
  async maySend(loaders: Loaders, profile: ConsentFacts, topic: string, channel: PreferenceChannel): Promise<SendDecision> {
    const [set, topics] = await Promise.all([loaders.preferenceSet.load(profile.id), loaders.topics.load('all')]);
    const now = new Date();
    const cap = set?.frequencyCaps?.[channel];
    const sendsInWindow = cap ? await this.#store.countSends(profile.id, channel, windowStart(now, cap), now) : 0;
    const known = topics.get(topic);
    return maySend({
      topic: known ? { id: known._id, purpose: known.purpose } : null,
      channel,
      now,
      timeZone: set?.quietHours?.timeZone ?? profile.timeZone ?? 'UTC',
      consent: {
        processingRestricted: profile.processingRestricted ?? false,
        objections: profile.objections ?? [],
        activeGrants: profile.activeGrants ?? [],
      },
      channels: set?.channels ?? {},
      interest: set?.interests?.[topic],
      cap,
      sendsInWindow,
      quietHours: set?.quietHours ?? undefined,
    });
  }
}
