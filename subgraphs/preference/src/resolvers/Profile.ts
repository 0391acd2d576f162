import { resolveProfileReference } from '#kit/authorize.ts';
import { PREFERENCE_CHANNELS } from '../domain/channels.ts';
import type { PreferencesResolvers, ProfileResolvers } from './types.generated.ts';

/** The consent purpose channel preferences act for. */
const MARKETING = 'marketing';

export const Profile: ProfileResolvers = {
  __resolveReference: resolveProfileReference,

  async preferences({ id, activeGrants }, _, { loaders }) {
    const set = await loaders.preferenceSet.load(id);
    return set && { ...set, activeGrants: activeGrants ?? [] };
  },

  async interests({ id }, _, { loaders }) {
    const set = await loaders.preferenceSet.load(id);
    return Object.entries(set?.interests ?? {})
      .map(([topic, interest]) => ({ topic, ...interest }))
      .sort((a, b) => a.topic.localeCompare(b.topic));
  },

  async wantedTopics({ id }, _, { loaders }) {
    const interests = (await loaders.preferenceSet.load(id))?.interests ?? {};
    return Object.keys(interests)
      .filter((topic) => interests[topic]!.interested)
      .sort();
  },

  async unwantedTopics({ id }, _, { loaders }) {
    const interests = (await loaders.preferenceSet.load(id))?.interests ?? {};
    return Object.keys(interests)
      .filter((topic) => !interests[topic]!.interested)
      .sort();
  },

  async disabledChannels({ id }, _, { loaders }) {
    const channels = (await loaders.preferenceSet.load(id))?.channels ?? {};
    return PREFERENCE_CHANNELS.filter((channel) => channels[channel] === false);
  },

  async preferenceHistory({ id }, _, { loaders }) {
    return [...((await loaders.preferenceSet.load(id))?.history ?? [])].reverse();
  },

  maySend(profile, { topic, channel }, { loaders, preferences }) {
    return preferences.maySend(loaders, profile, topic, channel);
  },
};

export const Preferences: PreferencesResolvers = {
  /** In a fixed channel order; a channel switched on without marketing consent is stored but inactive. */
  channels: (set) =>
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
  topicChannels: (set) => Object.entries(set.topicChannels ?? {}).map(([topic, channel]) => ({ topic, channel })),
  frequencyCaps: (set) =>
    PREFERENCE_CHANNELS.flatMap((channel) => {
      const cap = set.frequencyCaps?.[channel];
      return cap ? [{ channel, ...cap }] : [];
    }),
};
