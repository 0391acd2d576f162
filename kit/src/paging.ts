import { badUserInput } from './errors.ts';

/** The most items one page holds, in every list the graph serves. */
export const MAX_PAGE_SIZE = 500;

/**
 * The page size a caller asked for (`first`), the one policy of every list: a whole number from 1
 * to `max`, else BAD_USER_INPUT naming the argument. Never quietly clamped: a client that asks
 * for 10,000 learns the limit instead of reading a short page as the end of the list.
 */
export function pageSize(first: number, max: number = MAX_PAGE_SIZE): number {
  if (!Number.isInteger(first) || first < 1 || first > max) throw badUserInput(`first must be between 1 and ${max}.`, 'first');
  return first;
}
