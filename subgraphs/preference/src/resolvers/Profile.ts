import { resolveProfileReference } from '#kit/authorize.ts';
import type { PreferenceContext } from '../context.ts';
import { PREFERENCE_CHANNELS } from '../domain/channels.ts';
import type { PreferenceChannel, PreferenceSetDoc } from '../models/PreferenceSet.ts';
import type { ConsentFacts } from '../services/preferenceService.ts';

/** The profile as federation hands it over, with what consent says of it. */
type ProfileRef = ConsentFacts;

/** The consent purpose channel preferences act for. */
const MARKETING = 'marketing';

export const Profile = {
  __resolveReference: resolveProfileReference,

  async preferences({ id, activeGrants }: ProfileRef, _: unknown, { loaders }: PreferenceContext) {
    const set = await loaders.preferenceSet.load(id);
    return set && { ...set, activeGrants: activeGrants ?? [] };
  },

  async interests({ id }: ProfileRef, _: unknown, { loaders }: PreferenceContext) {
    const set = await loaders.preferenceSet.load(id);
    return Object.entries(set?.interests ?? {})
      .map(([topic, interest]) => ({ topic, ...interest }))
      .sort((a, b) => a.topic.localeCompare(b.topic));
  },

  async wantedTopics({ id }: ProfileRef, _: unknown, { loaders }: PreferenceContext) {
    const interests = (await loaders.preferenceSet.load(id))?.interests ?? {};
    return Object.keys(interests)
      .filter((topic) => interests[topic]!.interested)
      .sort();
  },

  async unwantedTopics({ id }: ProfileRef, _: unknown, { loaders }: PreferenceContext) {
    const interests = (await loaders.preferenceSet.load(id))?.interests ?? {};
    return Object.keys(interests)
      .filter((topic) => !interests[topic]!.interested)
      .sort();
  },

  async disabledChannels({ id }: ProfileRef, _: unknown, { loaders }: PreferenceContext) {
    const channels = (await loaders.preferenceSet.load(id))?.channels ?? {};
    return PREFERENCE_CHANNELS.filter((channel) => channels[channel] === false);
  },

  async preferenceHistory({ id }: ProfileRef, _: unknown, { loaders }: PreferenceContext) {
    return [...((await loaders.preferenceSet.load(id))?.history ?? [])].reverse();
  },

  maySend(
    profile: ProfileRef,
    { topic, channel }: { topic: string; channel: PreferenceChannel },
    { loaders, preferences }: PreferenceContext,
  ) {
    return preferences.maySend(loaders, profile, topic, channel);
  },
};

export const Preferences = {
  /** In a fixed channel order; a channel switched on without marketing consent is stored but inactive. */
  channels: (set: PreferenceSetDoc & { activeGrants: string[] }) =>
    PREFERENCE_CHANNELS.filter((channel) => set.channels?.[channel] !== undefined).map((channel) => {
      const enabled = set.channels[channel] === true;
      const consented = set.activeGrants.includes(`${MARKETING}:${channel}`);
      return {
        channel,
        enabled,
        active: enabled && consented,
        inactiveReason: !enabled ? 'Switched off by the customer.' : consented ? null : `No current ${MARKETING} consent on ${channel}.`,
      };
    }),
  topicChannels: (set: PreferenceSetDoc) => Object.entries(set.topicChannels ?? {}).map(([topic, channel]) => ({ topic, channel })),
  frequencyCaps: (set: PreferenceSetDoc) =>
    PREFERENCE_CHANNELS.flatMap((channel) => {
      const cap = set.frequencyCaps?.[channel];
      return cap ? [{ channel, ...cap }] : [];
    }),
};
