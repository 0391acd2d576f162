import { describe, expect, it } from 'vitest';
import { eventIdOf, eventTypeOf } from './webhookRelay.ts';

describe('what a ledger entry means downstream', () => {
  it.each([
    ['DECISION', { status: 'GRANTED' }, 'consent.granted'],
    ['DECISION', { status: 'WITHDRAWN' }, 'consent.withdrawn'],
    ['DECISION', { status: 'DENIED' }, 'consent.denied'],
    ['CONFIRMATION', {}, 'consent.granted'],
    ['RESTRICTION', { restricted: true }, 'processing.restricted'],
    ['RESTRICTION', { restricted: false }, 'processing.unrestricted'],
    ['OBJECTION', { objected: true }, 'objection.recorded'],
    ['OBJECTION', { objected: false }, 'objection.withdrawn'],
    ['AUTOMATED_DECISIONS', { optedOut: true }, 'automated_decisions.opted_out'],
    ['SALE_SHARING', { optedOut: false }, 'sale_sharing.opted_in'],
    ['ERASURE', {}, 'subject.erased'],
    ['PENDING', {}, null],
  ] as const)('%s %j is %s', (type, content, expected) => {
    expect(eventTypeOf({ type, content })).toBe(expected);
  });

  it('gives each entry one stable event id, the same on every fan-out', () => {
    expect(eventIdOf({ _id: 'subject-1:0000000007' })).toBe('evt_consent_subject-1_0000000007');
  });
});
