import { describe, expect, it } from 'vitest';
import { isId, isKey, isSourceName } from './slugs.ts';

describe('slugs', () => {
  it('keys start with a letter; ids may start with a digit; source names are at most 32 characters', () => {
    expect(['marketing', 'partner-sharing', 'a1'].every(isKey)).toBe(true);
    expect(['1st', 'a', 'Marketing', 'a_b', 'a'.repeat(64), '', 7].some(isKey)).toBe(false);
    expect(['summer-2026', '2026-summer'].every(isId)).toBe(true);
    expect(['-x', 'x', 'X1', 'x y'].some(isId)).toBe(false);
    expect(isSourceName('crm') && isSourceName('a'.repeat(32))).toBe(true);
    expect(isSourceName('a'.repeat(33)) || isSourceName('9crm')).toBe(false);
  });
});
