import { describe, expect, it } from 'vitest';
import type { PurposeDoc } from '../models/Purpose.ts';
import { decide } from './permission.ts';
import { combineStates, foldLedger, type StateEntry } from './state.ts';

const by = { source: 'test', channel: 'test', actor: null, at: new Date(0) };
const purpose = (overrides: Partial<PurposeDoc> = {}): PurposeDoc => ({
  _id: 'marketing',
  name: 'Marketing',
  description: 'News and offers',
  legalBasis: 'CONSENT',
  refusable: true,
  channels: [],
  automatedDecision: false,
  saleOrSharing: false,
  currentNoticeVersion: 2,
  updatedAt: new Date(0),
  lastChangedBy: by,
  ...overrides,
});
const day = (d: number) => new Date(Date.UTC(2026, 0, d));
let seq = 0;
const entry = (type: string, content: Record<string, unknown>, at = day(1)): StateEntry => ({ seq: ++seq, at, type, content });
const decision = (status: string, extra: Record<string, unknown> = {}, at = day(1)) =>
  entry(
    'DECISION',
    {
      purpose: 'marketing',
      channel: 'EMAIL',
      status,
      noticeVersion: 2,
      collectionPoint: 'signup',
      method: 'CHECKBOX',
      source: 'web',
      via: 'web',
      actor: 'p',
      expiresAt: null,
      ...extra,
    },
    at,
  );
const now = day(10);
const codeOf = (entries: StateEntry[], p: PurposeDoc | null = purpose(), channel = 'EMAIL') =>
  decide(foldLedger(entries), p, channel, now).code;

describe('effective permission', () => {
  it('allows a current grant, naming the entry it rests on', () => {
    const entries = [decision('GRANTED')];
    expect(decide(foldLedger(entries), purpose(), 'EMAIL', now)).toMatchObject({
      allowed: true,
      code: 'ALLOWED_BY_CONSENT',
      basedOnSeq: entries[0]!.seq,
      needsRenewal: false,
    });
  });

  it('lets the latest decision win: withdrawn after granted forbids', () => {
    expect(codeOf([decision('GRANTED', {}, day(1)), decision('WITHDRAWN', {}, day(2))])).toBe('WITHDRAWN');
    expect(codeOf([decision('DENIED')])).toBe('DENIED');
    expect(codeOf([])).toBe('NO_CONSENT');
  });

  it('treats expired consent as absent, and reports a grant under an older notice as needing renewal', () => {
    expect(codeOf([decision('GRANTED', { expiresAt: day(5) })])).toBe('EXPIRED');
    expect(decide(foldLedger([decision('GRANTED', { noticeVersion: 1 })]), purpose(), 'EMAIL', now)).toMatchObject({
      allowed: true,
      needsRenewal: true,
    });
  });

  it('lets restriction, objection, automated-decision and sale-sharing opt-outs override a grant', () => {
    const grant = decision('GRANTED');
    expect(codeOf([grant, entry('RESTRICTION', { restricted: true })])).toBe('RESTRICTED');
    expect(codeOf([grant, entry('OBJECTION', { purpose: 'marketing', objected: true })])).toBe('OBJECTED');
    expect(
      codeOf([
        grant,
        entry('OBJECTION', { purpose: 'marketing', objected: true }),
        entry('OBJECTION', { purpose: 'marketing', objected: false }),
      ]),
    ).toBe('ALLOWED_BY_CONSENT');
    expect(codeOf([grant, entry('AUTOMATED_DECISIONS', { optedOut: true })], purpose({ automatedDecision: true }))).toBe(
      'AUTOMATED_DECISIONS_OPTED_OUT',
    );
    expect(
      codeOf([grant, entry('SALE_SHARING', { optedOut: true, viaGlobalPrivacyControl: true })], purpose({ saleOrSharing: true })),
    ).toBe('SALE_SHARING_OPTED_OUT');
    expect(codeOf([grant, entry('ERASURE', {})])).toBe('ERASED');
    expect(foldLedger([grant, entry('ERASURE', {})]).decisions.size).toBe(0);
  });

  it('needs no consent for other legal bases, but honours objection to legitimate interest', () => {
    const interest = purpose({ _id: 'analytics', legalBasis: 'LEGITIMATE_INTEREST' });
    expect(codeOf([], interest)).toBe('ALLOWED_BY_LEGAL_BASIS');
    expect(codeOf([entry('OBJECTION', { purpose: 'analytics', objected: true })], interest)).toBe('OBJECTED');
    const legal = purpose({ _id: 'tax', legalBasis: 'LEGAL_OBLIGATION', refusable: false });
    expect(codeOf([entry('RESTRICTION', { restricted: true })], legal)).toBe('ALLOWED_BY_LEGAL_BASIS');
  });

  it('answers unknown purposes and uncovered channels', () => {
    expect(codeOf([], null)).toBe('UNKNOWN_PURPOSE');
    expect(codeOf([decision('GRANTED')], purpose({ channels: ['SMS'] }))).toBe('CHANNEL_NOT_COVERED');
  });

  it('reports a pending double opt-in until it is confirmed, and a grant after', () => {
    const pending = entry('PENDING', {
      purpose: 'marketing',
      channel: 'EMAIL',
      noticeVersion: 2,
      collectionPoint: 'newsletter form',
      source: 'web',
      via: 'web',
      actor: 'p',
      expiresAt: null,
      tokenHash: 'h1',
      tokenExpiresAt: day(11),
    });
    expect(codeOf([pending])).toBe('PENDING_CONFIRMATION');
    expect(decide(foldLedger([pending, entry('CONFIRMATION', { tokenHash: 'h1' })]), purpose(), 'EMAIL', now)).toMatchObject({
      allowed: true,
      code: 'ALLOWED_BY_CONSENT',
    });
    expect(decide(foldLedger([pending]), purpose(), 'EMAIL', day(12)).code).toBe('NO_CONSENT');
  });
});

describe('merged subjects', () => {
  it('never widen consent: the most restrictive decision and every flag of any of them count', () => {
    const survivor = foldLedger([decision('GRANTED', {}, day(5))]);
    const absorbed = foldLedger([decision('WITHDRAWN', {}, day(1)), entry('AUTOMATED_DECISIONS', { optedOut: true })]);
    const combined = combineStates([survivor, absorbed]);
    expect(decide(combined, purpose(), 'EMAIL', now).code).toBe('WITHDRAWN');
    expect(combined.automatedDecisionOptOut?.value).toBe(true);
    expect(decide(combineStates([survivor]), purpose(), 'EMAIL', now).code).toBe('ALLOWED_BY_CONSENT');
  });
});
