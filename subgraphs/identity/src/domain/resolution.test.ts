import { describe, expect, it } from 'vitest';
import type { StoredContactPoint, StoredIdentifier } from '../models/Profile.ts';
import type { ResolutionRuleDoc } from '../models/ResolutionRule.ts';
import { pairFacts, ruleFor, survivorOf, type PairFacts, type ResolutionFacts } from './resolution.ts';

const at = new Date('2026-12-04T10:00:00.000Z');
const by = (source: string) => ({ source, channel: 'api', actor: null, at });
const point = (index: string, source: string, verified = true, method: StoredContactPoint['verificationMethod'] = 'SOURCE_SYSTEM') => ({
  id: index,
  sealed: 'x',
  index,
  verified,
  verificationMethod: method,
  primary: false,
  provenance: by(source),
});
const identifier = (source: string, index: string): StoredIdentifier => ({ source, index, sealed: 'x', provenance: by(source) });
const profile = (id: string, parts: Partial<ResolutionFacts> = {}): ResolutionFacts => ({
  _id: id,
  status: 'ACTIVE',
  emails: [],
  phones: [],
  identifiers: [],
  merges: [],
  createdAt: at,
  ...parts,
});
const rule = (evidence: ResolutionRuleDoc['evidence'], trustedSources: string[], id = 'r'): ResolutionRuleDoc => ({
  _id: id,
  evidence,
  trustedSources,
  active: true,
  definedBy: by('admin'),
});

describe('what two profiles share', () => {
  it('is a contact point both proved, with the source that gave it on either side', () => {
    const a = profile('a', { emails: [point('e1', 'crm'), point('e2', 'crm', false)], phones: [point('p1', 'crm')] });
    const b = profile('b', { emails: [point('e1', 'shop'), point('e2', 'shop')], phones: [point('p1', 'shop', false)] });
    expect(pairFacts(a, b).shared).toEqual([{ evidence: 'VERIFIED_EMAIL', sources: ['crm', 'shop'] }]);
  });

  it('is kept apart by different identifiers of one source, not by one they share or by different sources', () => {
    const facts = (ours: StoredIdentifier[], theirs: StoredIdentifier[]) =>
      pairFacts(profile('a', { identifiers: ours }), profile('b', { identifiers: theirs })).conflictingSources;
    expect(facts([identifier('crm', 'c1')], [identifier('crm', 'c2')])).toEqual(['crm']);
    expect(facts([identifier('crm', 'c1')], [identifier('crm', 'c1'), identifier('crm', 'c2')])).toEqual([]);
    expect(facts([identifier('crm', 'c1')], [identifier('shop', 's1')])).toEqual([]);
  });
});

describe('the rule that merges two profiles', () => {
  const shared: PairFacts = {
    shared: [{ evidence: 'VERIFIED_EMAIL', sources: ['crm', 'shop'] }],
    conflictingSources: [],
    separatedBefore: false,
  };

  it('trusts both sides’ sources and names the evidence', () => {
    expect(ruleFor(shared, [rule(['VERIFIED_EMAIL'], ['crm', 'shop'])])?._id).toBe('r');
    expect(ruleFor(shared, [rule(['VERIFIED_EMAIL'], ['crm'])])).toBeNull();
    expect(ruleFor(shared, [rule(['VERIFIED_PHONE'], ['crm', 'shop'])])).toBeNull();
    expect(ruleFor(shared, [{ ...rule(['VERIFIED_EMAIL'], ['crm', 'shop']), active: false }])).toBeNull();
  });

  it('never applies across a conflicting identifier, or to two profiles staff separated', () => {
    const trusted = [rule(['VERIFIED_EMAIL'], ['crm', 'shop'])];
    expect(ruleFor({ ...shared, conflictingSources: ['crm'] }, trusted)).toBeNull();
    expect(ruleFor({ ...shared, separatedBefore: true }, trusted)).toBeNull();
  });
});

describe('the survivor of an automatic merge', () => {
  const older = profile('z-old', { createdAt: new Date('2026-01-01') });
  const newer = profile('a-new', { createdAt: new Date('2026-06-01') });
  const signedUp = profile('m-signed-up', { createdAt: new Date('2026-09-01'), emails: [point('e', 'web', true, 'IDENTITY_PROVIDER')] });

  it('is the customer whose change it was, else the profile someone signs in as, else the oldest', () => {
    expect(survivorOf([newer, older])._id).toBe('z-old');
    expect(survivorOf([newer, older, signedUp])._id).toBe('m-signed-up');
    expect(survivorOf([newer, older, signedUp], 'a-new')._id).toBe('a-new');
  });
});
