/**
 * At most `max` messages per channel in a rolling window of `periodDays` days. A send exactly
 * `periodDays` ago has left the window; the cap is reached when the window holds `max` sends.
 */
export interface FrequencyCap {
  max: number;
  periodDays: number;
}

/** Where the window begins, exclusive: the sends counted are those after it, up to now (the store's countSends). */
export const windowStart = (now: Date, cap: FrequencyCap) => new Date(now.getTime() - cap.periodDays * 86_400_000);

export const capReached = (sendsInWindow: number, cap: FrequencyCap) => sendsInWindow >= cap.max;
