import { resolveProfileReference } from '#kit/authorize.ts';
import type { PreferenceContext } from '../context.ts';
import { PREFERENCE_CHANNELS } from '../domain/channels.ts';
import type { PreferenceChannel, PreferenceSetDoc } from '../models/PreferenceSet.ts';
import { windowStart } from '../domain/frequencyCap.ts';
import { maySend } from '../domain/maySend.ts';

interface ProfileRef {
  id: string;
  timeZone?: string | null;
  processingRestricted?: boolean | null;
  objections?: string[] | null;
  activeGrants?: string[] | null;
}

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

  async maySend(
    profile: ProfileRef,
    { topic, channel }: { topic: string; channel: PreferenceChannel },
    { loaders, preferences }: PreferenceContext,
  ) {
    const [set, topics] = await Promise.all([loaders.preferenceSet.load(profile.id), loaders.topics.load('all')]);
    const now = new Date();
    const cap = set?.frequencyCaps?.[channel];
    const sendsInWindow = cap ? await preferences.countSends(profile.id, channel, windowStart(now, cap), now) : 0;
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
