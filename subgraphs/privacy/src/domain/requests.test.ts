import { describe, expect, it } from 'vitest';
import { CONTRACT_SUBGRAPHS } from '../config.ts';
import type { PrivacyRequestDoc } from '../models/PrivacyRequest.ts';
import { isClosed, isWithdrawable, liftPlan, openKeyOf, plan } from './requests.ts';

const now = new Date('2026-12-03T10:00:00.000Z');
const request = (type: PrivacyRequestDoc['type'], status: PrivacyRequestDoc['status'] = 'RECEIVED') => ({
  type,
  status,
  steps: plan(type, now, CONTRACT_SUBGRAPHS),
});
/** The request after its steps with this operation were tried once (and failed, or not yet recorded as done). */
const tried = (r: ReturnType<typeof request>, operation: string, status: 'PENDING' | 'DONE' = 'PENDING') => ({
  ...r,
  status: 'IN_PROGRESS' as const,
  steps: r.steps.map((s) => (s.operation === operation ? { ...s, attempts: 1, status } : s)),
});

describe('what a customer may take back', () => {
  it('any open request before anything ran', () => {
    for (const type of ['ACCESS', 'ERASURE', 'RESTRICTION', 'OBJECTION', 'RECTIFICATION', 'RESTRICTION_LIFT'] as const) {
      expect(isWithdrawable(request(type)), type).toBe(true);
    }
  });

  it('a copy in the making: reading data changes nothing', () => {
    expect(isWithdrawable(tried(request('ACCESS'), 'export', 'DONE'))).toBe(true);
    expect(isWithdrawable(tried(request('ERASURE'), 'export', 'DONE'))).toBe(true);
  });

  it('not an erasure, restriction or choice once a step that changes something was tried, even one that failed', () => {
    expect(isWithdrawable(tried(request('ERASURE'), 'erase'))).toBe(false);
    expect(isWithdrawable(tried(request('RESTRICTION'), 'restrict'))).toBe(false);
    expect(isWithdrawable(tried(request('OBJECTION'), 'recordChoice', 'DONE'))).toBe(false);
    const approved = { type: 'RESTRICTION_LIFT' as const, status: 'IN_PROGRESS' as const, steps: liftPlan(now, CONTRACT_SUBGRAPHS) };
    expect(isWithdrawable(approved)).toBe(true);
    expect(isWithdrawable(tried(approved, 'lift'))).toBe(false);
  });

  it('a portable export sent to another controller until its delivery was tried: what was sent cannot be called back', () => {
    const sent = {
      type: 'PORTABILITY' as const,
      status: 'IN_PROGRESS' as const,
      steps: plan('PORTABILITY', now, CONTRACT_SUBGRAPHS, 'acme-bank'),
    };
    expect(isWithdrawable(tried(sent, 'export', 'DONE'))).toBe(true);
    expect(isWithdrawable(tried(sent, 'transfer'))).toBe(false);
  });

  it('nothing closed', () => {
    for (const status of ['COMPLETED', 'REJECTED', 'WITHDRAWN'] as const) {
      expect(isClosed({ status })).toBe(true);
      expect(isWithdrawable(request('RECTIFICATION', status))).toBe(false);
    }
    expect(isClosed({ status: 'IN_PROGRESS' })).toBe(false);
  });

  it('a lift waits for staff, then lifts in every subgraph that restricts', () => {
    expect(plan('RESTRICTION_LIFT', now, CONTRACT_SUBGRAPHS)).toEqual([]);
    expect(liftPlan(now, CONTRACT_SUBGRAPHS).map((s) => `${s.phase}:${s.subgraph}.${s.operation}`)).toEqual(
      plan('RESTRICTION', now, CONTRACT_SUBGRAPHS).map((s) => `${s.phase}:${s.subgraph}.lift`),
    );
  });
});

describe('a portable export sent to another controller', () => {
  it('is sent last, once every subgraph’s part is gathered; a download has no such step', () => {
    const steps = plan('PORTABILITY', now, CONTRACT_SUBGRAPHS, 'acme-bank');
    const transfer = steps.filter((s) => s.operation === 'transfer');
    expect(transfer.map((s) => `${s.phase}:${s.subgraph}`)).toEqual(['3:privacy']);
    expect(Math.max(...steps.filter((s) => s.operation !== 'transfer').map((s) => s.phase))).toBeLessThan(3);
    expect(plan('PORTABILITY', now, CONTRACT_SUBGRAPHS).some((s) => s.operation === 'transfer')).toBe(false);
    expect(plan('ACCESS', now, CONTRACT_SUBGRAPHS, 'acme-bank').some((s) => s.operation === 'transfer')).toBe(false);
  });

  it('is open once per destination, beside a download', () => {
    const keys = [
      openKeyOf('p-1', 'PORTABILITY', {}),
      openKeyOf('p-1', 'PORTABILITY', { transferTo: 'acme-bank' }),
      openKeyOf('p-1', 'PORTABILITY', { transferTo: 'beta-energy' }),
    ];
    expect(new Set(keys).size).toBe(3);
    expect(openKeyOf('p-1', 'ACCESS', { transferTo: 'acme-bank' })).toBe(openKeyOf('p-1', 'ACCESS', {}));
  });
});
