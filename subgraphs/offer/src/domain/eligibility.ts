import { isKey } from '#kit/slugs.ts';
import { isRecord } from '#kit/guards.ts';
/**
 * Declarative eligibility rules, stored with each offer as JSON:
 *
 *   { "all": [Rule, …] } | { "any": [Rule, …] } | { "not": Rule }
 *   { "country": ["GB", "IE"] }        the customer's country is one of these
 *   { "locale": ["en-GB"] }            the customer's preferred locale is one of these
 *   { "interestedIn": "running" }      the customer said (or we inferred) they like this topic
 *   { "consent": "marketing:EMAIL" }   the customer currently allows this purpose on this channel
 *   { "minAge": 18 }                   the customer is at least this old (only where an age rule is lawful)
 *
 * Rules are validated when written (a bad rule is BAD_USER_INPUT naming its path), and evaluated
 * to yes or no with the reasons a customer understands ("you said you like running").
 */
export type Rule =
  | { all: Rule[] }
  | { any: Rule[] }
  | { not: Rule }
  | { country: string[] }
  | { locale: string[] }
  | { interestedIn: string }
  | { consent: string }
  | { minAge: number };

/** What the offer subgraph knows about the customer, read through federation. */
export interface Signals {
  country: string | null;
  locale: string | null;
  wantedTopics: string[];
  activeGrants: string[];
  /** Whole years, when identity knows a birth date. */
  age: number | null;
}

export interface RuleProblem {
  path: string;
  message: string;
}

const KEYS = ['all', 'any', 'not', 'country', 'locale', 'interestedIn', 'consent', 'minAge'] as const;
const MAX_DEPTH = 8;

/** Whether a JSON value is a rule (validateRule finds nothing wrong with it). */
export const isRule = (value: unknown): value is Rule => validateRule(value).length === 0;

/** Every problem with a rule, each with its JSON path (`$.all[1].country`). */
export function validateRule(rule: unknown, path = '$', depth = 0): RuleProblem[] {
  if (depth > MAX_DEPTH) return [{ path, message: `rules nest at most ${MAX_DEPTH} levels` }];
  if (!isRecord(rule)) return [{ path, message: 'a rule is an object' }];
  const keys = Object.keys(rule);
  const key = KEYS.find((known) => known === keys[0]);
  if (keys.length !== 1 || !key) {
    return [{ path, message: `a rule has exactly one of ${KEYS.join(', ')}` }];
  }
  const value = rule[key];
  const here = `${path}.${key}`;
  switch (key) {
    case 'all':
    case 'any':
      if (!Array.isArray(value) || value.length === 0) return [{ path: here, message: 'a non-empty list of rules' }];
      return value.flatMap((item, i) => validateRule(item, `${here}[${i}]`, depth + 1));
    case 'not':
      return validateRule(value, here, depth + 1);
    case 'country':
      return Array.isArray(value) && value.length && value.every((c) => typeof c === 'string' && /^[A-Z]{2}$/.test(c))
        ? []
        : [{ path: here, message: 'a non-empty list of ISO 3166 alpha-2 codes, e.g. ["GB"]' }];
    case 'locale':
      return Array.isArray(value) && value.length && value.every((l) => typeof l === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(l))
        ? []
        : [{ path: here, message: 'a non-empty list of BCP 47 locales, e.g. ["en-GB"]' }];
    case 'interestedIn':
      return isKey(value) ? [] : [{ path: here, message: 'a topic id' }];
    case 'consent':
      return typeof value === 'string' && isKey(value.split(':')[0]) && /^[^:]+:[A-Z_]+$/.test(value)
        ? []
        : [{ path: here, message: 'purpose:CHANNEL, e.g. "marketing:EMAIL"' }];
    case 'minAge':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 120
        ? []
        : [{ path: here, message: 'a whole number of years, 1 to 120' }];
  }
}

/** Whether the rule uses what the customer likes (profiling): not allowed without personalisation. */
export const usesProfiling = (rule: Rule | null | undefined): boolean => {
  if (!rule) return false;
  if ('all' in rule) return rule.all.some(usesProfiling);
  if ('any' in rule) return rule.any.some(usesProfiling);
  if ('not' in rule) return usesProfiling(rule.not);
  return 'interestedIn' in rule;
};

export interface Evaluation {
  eligible: boolean;
  /** Why, in the customer's words: only the conditions that made it true. */
  reasons: string[];
}

export function evaluate(rule: Rule | null | undefined, signals: Signals, topicNames: ReadonlyMap<string, string> = new Map()): Evaluation {
  if (!rule) return { eligible: true, reasons: [] };
  if ('all' in rule) {
    const parts = rule.all.map((r) => evaluate(r, signals, topicNames));
    return parts.every((p) => p.eligible) ? { eligible: true, reasons: parts.flatMap((p) => p.reasons) } : { eligible: false, reasons: [] };
  }
  if ('any' in rule) {
    const hit = rule.any.map((r) => evaluate(r, signals, topicNames)).find((p) => p.eligible);
    return hit ?? { eligible: false, reasons: [] };
  }
  if ('not' in rule) return { eligible: !evaluate(rule.not, signals, topicNames).eligible, reasons: [] };
  if ('country' in rule) {
    const ok = signals.country !== null && rule.country.includes(signals.country);
    return { eligible: ok, reasons: ok ? [`you live in ${signals.country}`] : [] };
  }
  if ('locale' in rule) {
    const ok = signals.locale !== null && rule.locale.includes(signals.locale);
    return { eligible: ok, reasons: ok ? [`your language is ${signals.locale}`] : [] };
  }
  if ('interestedIn' in rule) {
    const ok = signals.wantedTopics.includes(rule.interestedIn);
    return { eligible: ok, reasons: ok ? [`you said you like ${topicNames.get(rule.interestedIn) ?? rule.interestedIn}`] : [] };
  }
  if ('minAge' in rule) {
    const ok = signals.age !== null && signals.age >= rule.minAge;
    return { eligible: ok, reasons: ok ? [`you are over ${rule.minAge - 1}`] : [] };
  }
  const ok = signals.activeGrants.includes(rule.consent);
  const [purpose, channel] = rule.consent.split(':');
  return {
    eligible: ok,
    reasons: ok ? [`you allowed ${purpose!.replaceAll('-', ' ')} by ${channel!.toLowerCase().replaceAll('_', ' ')}`] : [],
  };
}
