import { declareEvents } from '#kit/events/catalogue.ts';

/** The events privacy hands over (through its outbox). */
export const PRIVACY_EVENTS = declareEvents('privacy', [
  { type: 'privacy_request.completed', description: 'A rights request (access, erasure, …) was completed.' },
  { type: 'privacy_request.withdrawn', description: 'The customer took back a rights request before it changed anything.' },
  { type: 'privacy_request.near_deadline', description: 'A rights request is close to its legal deadline and still open.' },
  {
    type: 'breach.notified',
    description: 'A customer is told of a personal data breach that affects them (Art. 34), with the message in their language.',
  },
]);
