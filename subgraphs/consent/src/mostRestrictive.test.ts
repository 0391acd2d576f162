import { describe, expect, it } from 'vitest';
import type { ConsentDecision } from './models/ConsentRecord.ts';
import { mostRestrictive } from './mostRestrictive.ts';

const by = { source: 's', channel: 'c', actor: null, at: new Date(0) };
const decision = (purpose: string, status: ConsentDecision['status'], day: number): ConsentDecision => ({
  purpose,
  channel: 'EMAIL',
  status,
  updatedAt: new Date(Date.UTC(2026, 0, day)),
  lastChangedBy: by,
});

describe('most restrictive consent across merged profiles', () => {
  it('lets withdrawn beat denied beat granted, whatever the dates', () => {
    const result = mostRestrictive([
      decision('a', 'GRANTED', 9),
      decision('a', 'WITHDRAWN', 1),
      decision('b', 'GRANTED', 9),
      decision('b', 'DENIED', 1),
    ]);
    expect(result.map((d) => [d.purpose, d.status])).toEqual([
      ['a', 'WITHDRAWN'],
      ['b', 'DENIED'],
    ]);
  });

  it('keeps the newest among equally restrictive decisions, and every other purpose', () => {
    const result = mostRestrictive([decision('a', 'GRANTED', 1), decision('a', 'GRANTED', 5), decision('c', 'GRANTED', 2)]);
    expect(result.map((d) => [d.purpose, d.updatedAt.getUTCDate()])).toEqual([
      ['a', 5],
      ['c', 2],
    ]);
  });
});
