import { declareEvents } from '#kit/events/catalogue.ts';

/** The events identity hands over (through its outbox), as webhook subscribers may ask for them. */
export const IDENTITY_EVENTS = declareEvents('identity', [
  { type: 'profile.created', description: 'A profile was created (by the customer, staff or a source system).' },
  { type: 'profile.updated', description: 'Attributes of a profile changed; data.fields names which.' },
  { type: 'profile.merged', description: 'A duplicate profile was merged into a surviving one.' },
  { type: 'profile.unmerged', description: 'A merge was undone: both profiles stand on their own again.' },
  {
    type: 'profile.erased',
    description: 'The profile was erased (Art. 17): delete what you hold about it.',
    stopping: true,
    erasure: true,
  },
  {
    type: 'contact.verification_requested',
    description: 'Send the customer the one-time code that proves an email or phone is theirs.',
    transactional: true,
  },
]);
