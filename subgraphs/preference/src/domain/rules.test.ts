import { describe, expect, it } from 'vitest';
import { capReached, windowStart } from './frequencyCap.ts';
import { applyInterest, type Interest } from './interests.ts';
import { maySend, type SendQuestion } from './maySend.ts';
import { inQuietHours, localMinutes } from './quietHours.ts';

const night = { start: '22:00', end: '07:00' };

describe('quiet hours in the customer’s time zone', () => {
  it('applies a window that crosses midnight', () => {
    expect(inQuietHours(new Date('2026-06-01T21:30:00Z'), night, 'UTC')).toBe(false);
    expect(inQuietHours(new Date('2026-06-01T22:00:00Z'), night, 'UTC')).toBe(true);
    expect(inQuietHours(new Date('2026-06-02T06:59:00Z'), night, 'UTC')).toBe(true);
    expect(inQuietHours(new Date('2026-06-02T07:00:00Z'), night, 'UTC')).toBe(false);
  });

  it('uses local time, not UTC: 21:30 UTC is 23:30 in Berlin in summer', () => {
    expect(inQuietHours(new Date('2026-06-01T21:30:00Z'), night, 'Europe/Berlin')).toBe(true);
    expect(inQuietHours(new Date('2026-06-01T21:30:00Z'), night, 'America/New_York')).toBe(false);
  });

  it('follows daylight-saving changes: 06:30 UTC is quiet in London in winter, not in summer', () => {
    // 2026-03-29 01:00 UTC: Europe/London moves from GMT to BST.
    expect(localMinutes(new Date('2026-03-28T06:30:00Z'), 'Europe/London')).toBe(6 * 60 + 30);
    expect(inQuietHours(new Date('2026-03-28T06:30:00Z'), night, 'Europe/London')).toBe(true);
    expect(localMinutes(new Date('2026-03-30T06:30:00Z'), 'Europe/London')).toBe(7 * 60 + 30);
    expect(inQuietHours(new Date('2026-03-30T06:30:00Z'), night, 'Europe/London')).toBe(false);
    // 2026-11-01 06:00 UTC: New York moves from EDT to EST; 02:30 UTC is 22:30 before, 21:30 after.
    expect(inQuietHours(new Date('2026-10-31T02:30:00Z'), night, 'America/New_York')).toBe(true);
    expect(inQuietHours(new Date('2026-11-02T02:30:00Z'), night, 'America/New_York')).toBe(false);
  });

  it('has no window when start equals end, and handles a daytime window', () => {
    expect(inQuietHours(new Date('2026-06-01T12:00:00Z'), { start: '09:00', end: '09:00' }, 'UTC')).toBe(false);
    expect(inQuietHours(new Date('2026-06-01T12:00:00Z'), { start: '12:00', end: '13:00' }, 'UTC')).toBe(true);
  });
});

describe('frequency caps', () => {
  const cap = { max: 3, periodDays: 7 };
  const now = new Date('2026-06-08T12:00:00Z');

  it('rolls the window back by its period; the store counts the sends after its start', () => {
    expect(windowStart(now, cap)).toEqual(new Date('2026-06-01T12:00:00Z'));
  });

  it('is reached at exactly max sends, not before', () => {
    expect(capReached(2, cap)).toBe(false);
    expect(capReached(3, cap)).toBe(true);
  });
});

describe('interests', () => {
  const by = { source: 's', channel: 'c', actor: null, at: new Date(0) };
  const interest = (interested: boolean, source: Interest['source']): Interest => ({ interested, source, at: new Date(1), by });

  it('never lets an inferred interest replace a stated one', () => {
    expect(applyInterest(interest(false, 'STATED'), interest(true, 'INFERRED'))).toBeNull();
    expect(applyInterest(interest(true, 'INFERRED'), interest(false, 'STATED'))).toEqual(interest(false, 'STATED'));
    expect(applyInterest(interest(true, 'INFERRED'), interest(false, 'INFERRED'))).toEqual(interest(false, 'INFERRED'));
    expect(applyInterest(undefined, interest(true, 'INFERRED'))).toEqual(interest(true, 'INFERRED'));
  });
});

describe('may we send', () => {
  const base: SendQuestion = {
    topic: { id: 'running', purpose: 'marketing' },
    channel: 'EMAIL',
    now: new Date('2026-06-01T12:00:00Z'),
    timeZone: 'UTC',
    consent: { processingRestricted: false, objections: [], activeGrants: ['marketing:EMAIL'] },
    channels: { EMAIL: true },
    interest: undefined,
    cap: { max: 2, periodDays: 7 },
    sendsInWindow: 1,
    quietHours: night,
  };
  const by = { source: 's', channel: 'c', actor: null, at: new Date(0) };

  it.each([
    ['ALLOWED', {}],
    ['UNKNOWN_TOPIC', { topic: null }],
    ['RESTRICTED', { consent: { ...base.consent, processingRestricted: true } }],
    ['OBJECTED', { consent: { ...base.consent, objections: ['marketing'] } }],
    ['CONSENT_MISSING', { consent: { ...base.consent, activeGrants: ['marketing:SMS'] } }],
    ['CHANNEL_OFF', { channels: { EMAIL: false } }],
    ['TOPIC_NOT_WANTED', { interest: { interested: false, source: 'STATED' as const, at: new Date(0), by } }],
    ['FREQUENCY_CAP_REACHED', { sendsInWindow: 2 }],
    ['QUIET_HOURS', { now: new Date('2026-06-01T23:00:00Z') }],
  ])('answers %s', (code, change) => {
    const decision = maySend({ ...base, ...change });
    expect(decision.code).toBe(code);
    expect(decision.allowed).toBe(code === 'ALLOWED');
  });
});
