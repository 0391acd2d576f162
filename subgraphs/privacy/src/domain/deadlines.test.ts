import { describe, expect, it } from 'vitest';
import { dueDateFor } from './deadlines.ts';

describe('Art. 12(3) one-month deadline', () => {
  it.each([
    ['2026-03-15T09:30:00.000Z', '2026-04-15T09:30:00.000Z'],
    ['2026-01-31T12:00:00.000Z', '2026-02-28T12:00:00.000Z'],
    ['2028-01-31T12:00:00.000Z', '2028-02-29T12:00:00.000Z'],
    ['2026-12-20T00:00:00.000Z', '2027-01-20T00:00:00.000Z'],
    ['2026-08-31T23:59:59.000Z', '2026-09-30T23:59:59.000Z'],
  ])('a request received %s is due %s', (received, due) => {
    expect(dueDateFor(new Date(received)).toISOString()).toBe(due);
  });
});
