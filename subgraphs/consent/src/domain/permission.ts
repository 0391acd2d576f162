import type { PurposeDoc } from '../models/Purpose.ts';
import { decisionKey, type SubjectState } from './state.ts';

export type PermissionCode =
  | 'ALLOWED_BY_CONSENT'
  | 'ALLOWED_BY_LEGAL_BASIS'
  | 'UNKNOWN_PURPOSE'
  | 'CHANNEL_NOT_COVERED'
  | 'ERASED'
  | 'RESTRICTED'
  | 'OBJECTED'
  | 'AUTOMATED_DECISIONS_OPTED_OUT'
  | 'SALE_SHARING_OPTED_OUT'
  | 'NO_CONSENT'
  | 'PENDING_CONFIRMATION'
  | 'DENIED'
  | 'WITHDRAWN'
  | 'EXPIRED';

export interface Permission {
  allowed: boolean;
  code: PermissionCode;
  reason: string;
  /** The ledger entry the answer rests on, when there is one. */
  basedOnSeq: number | null;
  /** Granted under an older privacy notice than the current one: ask again. */
  needsRenewal: boolean;
}

const no = (code: PermissionCode, reason: string, basedOnSeq: number | null = null): Permission => ({
  allowed: false,
  code,
  reason,
  basedOnSeq,
  needsRenewal: false,
});

/**
 * May we process this subject's data for `purpose` on `channel` at `now`? The most restrictive
 * rule wins: erasure, restriction (Art. 18), objection (Art. 21), the automated-decision opt-out
 * (Art. 22) and the sale/sharing opt-out (Global Privacy Control) stop processing before any
 * consent is looked at; a purpose on another legal basis needs no consent; otherwise the latest
 * decision for this purpose and channel must be a grant that has not expired.
 */
export function decide(state: SubjectState, purpose: PurposeDoc | null | undefined, channel: string, now: Date): Permission {
  if (!purpose) return no('UNKNOWN_PURPOSE', 'No such purpose in the catalogue.');
  if (purpose.channels.length && !purpose.channels.some((covered) => covered === channel)) {
    return no('CHANNEL_NOT_COVERED', `Purpose ${purpose._id} does not cover channel ${channel}.`);
  }
  if (state.erasedAt) return no('ERASED', 'The subject’s data was erased.');
  const mandatory = purpose.legalBasis === 'LEGAL_OBLIGATION';
  if (state.restricted?.value && !mandatory)
    return no('RESTRICTED', 'The customer restricted processing (GDPR Art. 18).', state.restricted.seq);
  const objection = state.objections.get(purpose._id);
  if (objection?.value && !mandatory && purpose.legalBasis !== 'CONTRACT') {
    return no('OBJECTED', `The customer objected to ${purpose._id} (GDPR Art. 21).`, objection.seq);
  }
  if (purpose.automatedDecision && state.automatedDecisionOptOut?.value) {
    return no(
      'AUTOMATED_DECISIONS_OPTED_OUT',
      'The customer opted out of automated decisions and profiling (GDPR Art. 22).',
      state.automatedDecisionOptOut.seq,
    );
  }
  if (purpose.saleOrSharing && state.saleSharingOptOut?.value) {
    const via = state.saleSharingOptOut.viaGlobalPrivacyControl ? ' through the Global Privacy Control' : '';
    return no('SALE_SHARING_OPTED_OUT', `The customer opted out of sale and sharing${via}.`, state.saleSharingOptOut.seq);
  }
  if (purpose.legalBasis !== 'CONSENT') {
    return {
      allowed: true,
      code: 'ALLOWED_BY_LEGAL_BASIS',
      reason: `Processed on the basis of ${purpose.legalBasis.toLowerCase().replaceAll('_', ' ')}.`,
      basedOnSeq: null,
      needsRenewal: false,
    };
  }
  const decision = state.decisions.get(decisionKey(purpose._id, channel));
  if (!decision) {
    const pending = [...state.pending.values()].find(
      (p) => p.purpose === purpose._id && p.channel === channel && p.confirmedSeq === null && p.tokenExpiresAt > now,
    );
    return pending
      ? no('PENDING_CONFIRMATION', 'Consent awaits the customer’s confirmation (double opt-in).', pending.seq)
      : no('NO_CONSENT', 'The customer has not given consent.');
  }
  if (decision.status === 'WITHDRAWN') return no('WITHDRAWN', 'The customer withdrew consent.', decision.seq);
  if (decision.status === 'DENIED') return no('DENIED', 'The customer refused consent.', decision.seq);
  if (decision.expiresAt && decision.expiresAt <= now) return no('EXPIRED', 'The consent has expired.', decision.seq);
  return {
    allowed: true,
    code: 'ALLOWED_BY_CONSENT',
    reason: `Consent given ${decision.at.toISOString()} (${decision.method.toLowerCase().replaceAll('_', ' ')}, notice v${decision.noticeVersion}).`,
    basedOnSeq: decision.seq,
    needsRenewal: decision.noticeVersion < purpose.currentNoticeVersion,
  };
}
