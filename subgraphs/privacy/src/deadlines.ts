/**
 * GDPR Art. 12(3): answer "within one month of receipt". One calendar month later, on the same
 * day of the month; where that day does not exist (31 January), the last day of the next month.
 * Computed in UTC so the deadline does not move with the server's time zone.
 */
export function dueDateFor(receivedAt: Date): Date {
  const due = new Date(receivedAt);
  const day = due.getUTCDate();
  due.setUTCDate(1);
  due.setUTCMonth(due.getUTCMonth() + 1);
  const lastDayOfMonth = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, lastDayOfMonth));
  return due;
}
