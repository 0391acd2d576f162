/**
 * GDPR Art. 12(3): answer "within one month of receipt", extendable "by two further months". One
 * calendar month later, on the same day of the month; where that day does not exist (31 January),
 * the last day of that month. Computed in UTC so the deadline does not move with the server's zone.
 */
export function addMonths(from: Date, months: number): Date {
  const due = new Date(from);
  const day = due.getUTCDate();
  due.setUTCDate(1);
  due.setUTCMonth(due.getUTCMonth() + months);
  const lastDayOfMonth = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, lastDayOfMonth));
  return due;
}

export const dueDateFor = (receivedAt: Date) => addMonths(receivedAt, 1);

export const MAX_EXTENSION_MONTHS = 2;
