import { describe, expect, it } from 'vitest';
import { CONSENT_EVENTS, eventIdOf, eventTypeOf } from './events.ts';

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

  it('maps every entry to a type consent declares', () => {
    const declared = new Set(CONSENT_EVENTS.types.map((t) => t.type));
    const mapped = ['DECISION', 'CONFIRMATION', 'RESTRICTION', 'OBJECTION', 'AUTOMATED_DECISIONS', 'SALE_SHARING', 'ERASURE'].flatMap(
      (type) =>
        [true, false].map((flag) =>
          eventTypeOf({ type, content: { status: flag ? 'GRANTED' : 'WITHDRAWN', restricted: flag, objected: flag, optedOut: flag } }),
        ),
    );
    for (const type of mapped) expect(declared.has(type!)).toBe(true);
  });

  it('gives each entry one stable event id, the same on every fan-out', () => {
    expect(eventIdOf({ _id: 'subject-1:0000000007' })).toBe('evt_consent_subject-1_0000000007');
  });
});
