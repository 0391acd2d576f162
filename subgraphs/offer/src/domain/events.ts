import { declareEvents } from '#kit/events/catalogue.ts';

/** The events offer hands over (through its outbox). */
export const OFFER_EVENTS = declareEvents('offer', [
  { type: 'offer.dismissed', description: 'The customer dismissed an offer (or said "not interested" in its kind).' },
  { type: 'offer.redeemed', description: 'The customer redeemed an offer.' },
]);
