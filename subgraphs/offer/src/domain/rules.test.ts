import { describe, expect, it } from 'vitest';
import { evaluate, validateRule, type Rule, type Signals } from './eligibility.ts';
import { buildFeed, type Candidate, type CustomerState } from './ranking.ts';

const signals: Signals = {
  country: 'GB',
  locale: 'en-GB',
  wantedTopics: ['running'],
  activeGrants: ['personalised-offers:WEB', 'marketing:EMAIL'],
  age: 34,
};
const names = new Map([['running', 'running']]);

describe('eligibility rules', () => {
  it('validates on write and names the path of every problem', () => {
    expect(validateRule({ all: [{ country: ['GB'] }, { interestedIn: 'running' }] })).toEqual([]);
    expect(validateRule({ all: [{ country: ['gb'] }, { any: [] }, { colour: 'red' }] })).toEqual([
      { path: '$.all[0].country', message: expect.stringContaining('ISO 3166') },
      { path: '$.all[1].any', message: 'a non-empty list of rules' },
      { path: '$.all[2]', message: expect.stringContaining('exactly one of') },
    ]);
    expect(validateRule('country = GB')).toEqual([{ path: '$', message: 'a rule is an object' }]);
    expect(validateRule({ consent: 'marketing' })[0]?.path).toBe('$.consent');
  });

  it('evaluates with reasons a customer understands', () => {
    const rule: Rule = {
      all: [{ country: ['GB', 'IE'] }, { any: [{ interestedIn: 'cycling' }, { interestedIn: 'running' }] }, { consent: 'marketing:EMAIL' }],
    };
    expect(evaluate(rule, signals, names)).toEqual({
      eligible: true,
      reasons: ['you live in GB', 'you said you like running', 'you allowed marketing by email'],
    });
    expect(evaluate({ not: { country: ['GB'] } }, signals).eligible).toBe(false);
    expect(evaluate({ locale: ['fr-FR'] }, signals)).toEqual({ eligible: false, reasons: [] });
    expect(evaluate(null, signals)).toEqual({ eligible: true, reasons: [] });
    expect(evaluate({ minAge: 18 }, signals)).toEqual({ eligible: true, reasons: ['you are over 17'] });
    expect(evaluate({ minAge: 18 }, { ...signals, age: null }).eligible).toBe(false);
    expect(validateRule({ minAge: 0 })[0]?.path).toBe('$.minAge');
  });
});

describe('ranking', () => {
  const offer = (id: string, extra: Partial<Candidate> = {}): Candidate => ({
    id,
    title: id,
    topics: [],
    channels: ['WEB', 'EMAIL'],
    priority: 0,
    validFrom: new Date('2026-01-01'),
    rule: null,
    version: 1,
    ...extra,
  });
  const state = (extra: Partial<CustomerState> = {}): CustomerState => ({
    signals,
    unwantedTopics: [],
    processingRestricted: false,
    objections: [],
    automatedDecisionOptOut: false,
    underHumanReview: false,
    excluded: new Set(),
    hiddenTopics: [],
    disabledChannels: [],
    ...extra,
  });
  const shoes = offer('shoes', { topics: ['running'], rule: { interestedIn: 'running' } });
  const lounge = offer('lounge', { topics: ['travel'], priority: 5 });
  const recipes = offer('recipes', { topics: ['cooking'], priority: 1 });

  it('ranks by what the customer likes when personalisation is allowed, and explains it', () => {
    const feed = buildFeed([lounge, shoes, recipes], state(), 'WEB', names);
    expect(feed.mode).toBe('PERSONALISED');
    expect(feed.items.map((i) => i.offer.id)).toEqual(['shoes', 'lounge', 'recipes']);
    expect(feed.items[0]!.explanation).toEqual(['you said you like running']);
  });

  it('gives everyone eligible the same list without personalisation, and skips rules on interests', () => {
    for (const without of [state({ signals: { ...signals, activeGrants: [] } }), state({ automatedDecisionOptOut: true })]) {
      const feed = buildFeed([lounge, shoes, recipes], without, 'WEB', names);
      expect(feed.mode).toBe('NON_PERSONALISED');
      expect(feed.items.map((i) => i.offer.id)).toEqual(['lounge', 'recipes']);
    }
  });

  it('decides nothing automatically while a person reviews a decision the customer contested', () => {
    const feed = buildFeed([lounge, shoes, recipes], state({ underHumanReview: true }), 'WEB', names);
    expect(feed.mode).toBe('NON_PERSONALISED');
    expect(feed.reason).toMatch(/a person is reviewing a decision you contested/);
    expect(feed.items.map((i) => i.offer.id)).toEqual(['lounge', 'recipes']);
  });

  it('never shows unwanted topics, hidden kinds, dismissed or snoozed offers, or other channels', () => {
    expect(buildFeed([lounge, shoes, recipes], state({ unwantedTopics: ['travel'] }), 'WEB').items.map((i) => i.offer.id)).toEqual([
      'shoes',
      'recipes',
    ]);
    expect(
      buildFeed([lounge, shoes, recipes], state({ hiddenTopics: ['cooking'], excluded: new Set(['shoes']) }), 'WEB').items.map(
        (i) => i.offer.id,
      ),
    ).toEqual(['lounge']);
    expect(buildFeed([offer('sms-only', { channels: ['SMS'] })], state(), 'WEB').items).toEqual([]);
    expect(buildFeed([offer('email-only', { channels: ['EMAIL'] })], state({ disabledChannels: ['EMAIL'] }), null).items).toEqual([]);
  });

  it('shows nothing, with the reason, while restricted or after an objection', () => {
    expect(buildFeed([lounge], state({ processingRestricted: true }), null)).toMatchObject({
      mode: 'NONE',
      items: [],
      reason: expect.stringContaining('restricted'),
    });
    expect(buildFeed([lounge], state({ objections: ['personalised-offers'] }), null)).toMatchObject({ mode: 'NONE', items: [] });
  });
});
