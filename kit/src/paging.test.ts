import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, pageSize } from './paging.ts';

describe('pageSize', () => {
  it('takes a whole number from 1 to the maximum', () => {
    expect(pageSize(1)).toBe(1);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
    expect(pageSize(200, 200)).toBe(200);
  });

  it('refuses anything else with BAD_USER_INPUT on first, never clamping it', () => {
    for (const [first, max] of [[0], [-1], [1.5], [MAX_PAGE_SIZE + 1], [201, 200], [Number.NaN]] as [number, number?][]) {
      expect(() => pageSize(first, max), String(first)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }) }),
      );
    }
  });
});
