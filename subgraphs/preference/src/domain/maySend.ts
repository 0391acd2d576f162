import { capReached, type FrequencyCap } from './frequencyCap.ts';
import type { Interest } from './interests.ts';
import { inQuietHours, type QuietHours } from './quietHours.ts';

export type SendCode =
  | 'ALLOWED'
  | 'UNKNOWN_TOPIC'
  | 'RESTRICTED'
  | 'OBJECTED'
  | 'CONSENT_MISSING'
  | 'CHANNEL_OFF'
  | 'TOPIC_NOT_WANTED'
  | 'FREQUENCY_CAP_REACHED'
  | 'QUIET_HOURS';

export interface SendDecision {
  allowed: boolean;
  code: SendCode;
  reason: string;
}

/** What consent says about the customer, read through federation. */
export interface ConsentView {
  processingRestricted: boolean;
  objections: string[];
  /** "purpose:CHANNEL" keys currently granted. */
  activeGrants: string[];
}

export interface SendQuestion {
  topic: { id: string; purpose: string } | null;
  channel: string;
  now: Date;
  timeZone: string;
  consent: ConsentView;
  channels: Record<string, boolean | undefined>;
  interest: Interest | undefined;
  cap: FrequencyCap | undefined;
  sendsInWindow: number;
  quietHours: QuietHours | undefined;
}

const no = (code: SendCode, reason: string): SendDecision => ({ allowed: false, code, reason });

/**
 * "May we send topic T on channel C to this customer now?" Consent first (restriction, objection,
 * the purpose's grant on this channel), then the customer's own wishes: the channel switched off,
 * the topic not wanted, the frequency cap, quiet hours in their time zone.
 */
export function maySend(q: SendQuestion): SendDecision {
  if (!q.topic) return no('UNKNOWN_TOPIC', 'No such topic in the catalogue.');
  if (q.consent.processingRestricted) return no('RESTRICTED', 'The customer restricted processing of their data.');
  if (q.consent.objections.includes(q.topic.purpose)) return no('OBJECTED', `The customer objected to ${q.topic.purpose}.`);
  if (!q.consent.activeGrants.includes(`${q.topic.purpose}:${q.channel}`)) {
    return no('CONSENT_MISSING', `No current consent for ${q.topic.purpose} on ${q.channel}.`);
  }
  if (q.channels[q.channel] === false) return no('CHANNEL_OFF', `The customer switched ${q.channel} off.`);
  if (q.interest && !q.interest.interested) return no('TOPIC_NOT_WANTED', `The customer does not want ${q.topic.id}.`);
  if (q.cap && capReached(q.sendsInWindow, q.cap)) {
    return no(
      'FREQUENCY_CAP_REACHED',
      `Already ${q.sendsInWindow} of at most ${q.cap.max} messages on ${q.channel} in ${q.cap.periodDays} days.`,
    );
  }
  if (q.quietHours && inQuietHours(q.now, q.quietHours, q.timeZone)) {
    return no('QUIET_HOURS', `Quiet hours ${q.quietHours.start}-${q.quietHours.end} (${q.timeZone}).`);
  }
  return { allowed: true, code: 'ALLOWED', reason: 'Consent given, channel on, topic welcome, within limits and outside quiet hours.' };
}
