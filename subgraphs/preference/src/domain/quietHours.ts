/**
 * Quiet hours are wall-clock times in the customer's own time zone ("22:00" to "07:00"), so they
 * follow daylight-saving changes by construction: the local time is computed for the instant, and
 * compared as minutes of the day. A window may cross midnight; start equal to end means none.
 */
export interface QuietHours {
  start: string;
  end: string;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const isClockTime = (value: string) => HH_MM.test(value);

const minutes = (clock: string) => {
  const [, h, m] = HH_MM.exec(clock) ?? [];
  return Number(h) * 60 + Number(m);
};

/** Minutes since local midnight in `timeZone` at `instant`. */
export function localMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return value('hour') * 60 + value('minute');
}

export function inQuietHours(instant: Date, quiet: QuietHours, timeZone: string): boolean {
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  if (start === end) return false;
  const now = localMinutes(instant, timeZone);
  return start < end ? now >= start && now < end : now >= start || now < end;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}
