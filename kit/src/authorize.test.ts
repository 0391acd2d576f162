import { describe, expect, it } from 'vitest';
import { anonymousViewer, analystViewer, adminViewer, customerViewer } from '../../tests/support/viewers.ts';
import { assertAdmin, assertCanRead, assertCanWrite, provenanceOf } from './authorize.ts';

const codeOf = (fn: () => void) => {
  try {
    fn();
    return 'allowed';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('authorization every subgraph enforces', () => {
  it('lets a customer read and change only their own profile', () => {
    expect(codeOf(() => assertCanRead(customerViewer('p-1'), 'p-1'))).toBe('allowed');
    expect(codeOf(() => assertCanWrite(customerViewer('p-1'), 'p-1'))).toBe('allowed');
    expect(codeOf(() => assertCanRead(customerViewer('p-1'), 'p-2'))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanWrite(customerViewer('p-1'), 'p-2'))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanWrite(customerViewer('p-1'), null))).toBe('FORBIDDEN');
  });

  it('lets analysts read but never write', () => {
    expect(codeOf(() => assertCanRead(analystViewer, 'p-1'))).toBe('allowed');
    expect(codeOf(() => assertCanWrite(analystViewer, 'p-1'))).toBe('FORBIDDEN');
  });

  it('refuses an anonymous caller as unauthenticated', () => {
    expect(codeOf(() => assertCanRead(anonymousViewer, 'p-1'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => assertCanWrite(anonymousViewer, 'p-1'))).toBe('UNAUTHENTICATED');
  });

  it('keeps catalogue administration to administrators', () => {
    expect(codeOf(() => assertAdmin(adminViewer))).toBe('allowed');
    expect(codeOf(() => assertAdmin(customerViewer('p-1')))).toBe('FORBIDDEN');
    expect(codeOf(() => assertAdmin(anonymousViewer))).toBe('UNAUTHENTICATED');
  });

  it('stamps provenance from the viewer', () => {
    const at = new Date('2026-11-29T10:00:00Z');
    expect(provenanceOf(customerViewer('p-1'), at)).toEqual({ source: 'web', channel: 'web', actor: 'p-1', at });
  });
});
