import { describe, expect, it } from 'vitest';
import { authorityDueAt, isAuthorityOverdue, messageFor } from './breaches.ts';

const by = { source: 'privacy-office', channel: 'web', actor: 'dpo-1', at: new Date() };

describe('the authority’s 72 hours', () => {
  const awareAt = new Date('2026-12-01T09:00:00.000Z');
  const breach = { authorityDueAt: authorityDueAt(awareAt), authorityNotification: null, decision: null, status: 'OPEN' as const };

  it('run from awareness, whether or not anyone has decided yet', () => {
    expect(breach.authorityDueAt.toISOString()).toBe('2026-12-04T09:00:00.000Z');
    expect(isAuthorityOverdue(breach, new Date('2026-12-04T08:59:59.000Z'))).toBe(false);
    expect(isAuthorityOverdue(breach, new Date('2026-12-04T09:00:01.000Z'))).toBe(true);
  });

  it('stop once the authority was notified, it was decided (with a reason) that it need not be, or the breach is closed', () => {
    const late = new Date('2026-12-05T00:00:00.000Z');
    expect(isAuthorityOverdue({ ...breach, authorityNotification: { authority: 'ICO', reference: null, at: late, by } }, late)).toBe(false);
    const notDue = { notifyAuthority: false, notifySubjects: false, reason: 'encrypted, key not exposed', by };
    expect(isAuthorityOverdue({ ...breach, decision: notDue }, late)).toBe(false);
    expect(isAuthorityOverdue({ ...breach, decision: { ...notDue, notifyAuthority: true } }, late)).toBe(true);
    expect(isAuthorityOverdue({ ...breach, status: 'CLOSED' }, late)).toBe(false);
  });
});

describe('the message a customer reads', () => {
  const messages = [
    { language: 'en', title: 'About your data', text: 'English' },
    { language: 'th', title: 'เกี่ยวกับข้อมูลของคุณ', text: 'Thai' },
    { language: 'pt-BR', title: 'Sobre seus dados', text: 'Brazilian' },
  ];

  it('is in their language: the same tag, else the same language, else the first', () => {
    expect(messageFor(messages, 'th-TH').text).toBe('Thai');
    expect(messageFor(messages, 'pt-BR').text).toBe('Brazilian');
    expect(messageFor(messages, 'pt-PT').text).toBe('Brazilian');
    expect(messageFor(messages, 'de-DE').text).toBe('English');
    expect(messageFor(messages, null).text).toBe('English');
  });
});
