/** The channels a consent can be given for. */
export const CONSENT_CHANNELS = ['EMAIL', 'SMS', 'PUSH', 'PHONE', 'POST', 'WEB', 'IN_APP', 'PARTNER'] as const;
