/** The channels a customer states preferences for. */
export const PREFERENCE_CHANNELS = ['EMAIL', 'SMS', 'PUSH', 'PHONE', 'POST', 'IN_APP'] as const;
