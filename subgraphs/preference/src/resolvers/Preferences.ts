import { PREFERENCE_CHANNELS, type PreferenceSetDoc } from '../models/PreferenceSet.ts';

export const Preferences = {
  /** In a fixed channel order, so clients can render the list as it comes. */
  channels: (set: PreferenceSetDoc) =>
    PREFERENCE_CHANNELS.filter((channel) => set.channels?.[channel] !== undefined).map((channel) => ({
      channel,
      enabled: set.channels[channel] === true,
    })),
};
