import { declareEvents } from '#kit/events/catalogue.ts';

/** The events preference hands over (through its outbox). */
export const PREFERENCE_EVENTS = declareEvents('preference', [
  { type: 'preference.changed', description: 'The customer changed their topics, channels, frequency, quiet hours or language.' },
]);
