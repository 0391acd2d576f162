import type { ConsentChannel } from '../models/Purpose.ts';

export type DecisionStatus = 'GRANTED' | 'DENIED' | 'WITHDRAWN';
export type ConsentMethod = 'CHECKBOX' | 'DOUBLE_OPT_IN' | 'VERBAL' | 'WRITTEN' | 'IMPORT' | 'GLOBAL_PRIVACY_CONTROL' | 'UNSUBSCRIBE_LINK';

/** The public content of entries, as stored (dates as Date after reading from the database). */
export interface DecisionContent {
  purpose: string;
  channel: ConsentChannel;
  status: DecisionStatus;
  noticeVersion: number;
  /** In entries written before collection points were sealed; newer ones keep it in the sealed proof. */
  collectionPoint?: string;
  method: ConsentMethod;
  source: string;
  via: string;
  actor: string | null;
  expiresAt: Date | null;
  /** When an imported decision was given at its source (the ledger's `at` is when it was recorded here). */
  givenAt?: Date | string | null;
  /** Where an imported decision came from; its original proof (newer entries) is in the sealed part. */
  importedFrom?: { source: string; recordId: string; originalProof?: unknown } | null;
}

export interface PendingContent extends Omit<DecisionContent, 'status' | 'method'> {
  tokenHash: string;
  tokenExpiresAt: Date;
}

export interface StateEntry {
  subjectId?: string;
  seq: number;
  at: Date;
  type: string;
  content: Record<string, unknown>;
}

export interface Decision extends DecisionContent {
  seq: number;
  at: Date;
  /** The ledger whose entry `proofSeq` holds this decision's sealed proof (its collection point). */
  subjectId: string | null;
  proofSeq: number;
}

export interface Flag {
  value: boolean;
  seq: number;
  at: Date;
  viaGlobalPrivacyControl?: boolean;
}

export interface SubjectState {
  decisions: Map<string, Decision>;
  pending: Map<string, PendingContent & { seq: number; at: Date; confirmedSeq: number | null }>;
  restricted: Flag | null;
  objections: Map<string, Flag>;
  automatedDecisionOptOut: Flag | null;
  saleSharingOptOut: Flag | null;
  erasedAt: Date | null;
}

export const decisionKey = (purpose: string, channel: string) => `${purpose}:${channel}`;
const asDate = (value: unknown) => (value && (value instanceof Date || typeof value === 'string') ? new Date(value) : null);

/**
 * An entry's content as consent's ledger writer wrote it for the entry's type. Taken as written,
 * not checked field by field: entries are appended only by ConsentService, chained by hash
 * (chain.ts verifies them) and kept for years, so a reader must read older entries as they were
 * written rather than refuse them against today's schema.
 */
const writtenAs = <T>(content: Record<string, unknown>): T => content as unknown as T;

/** Folds a subject's entries (in sequence order) into its current consent state. */
export function foldLedger(entries: StateEntry[]): SubjectState {
  const state: SubjectState = {
    decisions: new Map(),
    pending: new Map(),
    restricted: null,
    objections: new Map(),
    automatedDecisionOptOut: null,
    saleSharingOptOut: null,
    erasedAt: null,
  };
  for (const { subjectId = null, seq, at, type, content } of entries) {
    const flag = (value: unknown): Flag => ({ value: value === true, seq, at });
    switch (type) {
      case 'DECISION': {
        const decision = writtenAs<DecisionContent>(content);
        state.decisions.set(decisionKey(decision.purpose, decision.channel), {
          ...decision,
          expiresAt: asDate(decision.expiresAt),
          seq,
          at,
          subjectId,
          proofSeq: seq,
        });
        break;
      }
      case 'PENDING': {
        const pending = writtenAs<PendingContent>(content);
        state.pending.set(pending.tokenHash, {
          ...pending,
          expiresAt: asDate(pending.expiresAt),
          tokenExpiresAt: new Date(pending.tokenExpiresAt),
          seq,
          at,
          confirmedSeq: null,
        });
        break;
      }
      case 'CONFIRMATION': {
        const pending = state.pending.get(String(content.tokenHash));
        if (!pending) break;
        pending.confirmedSeq = seq;
        const { tokenHash: _t, tokenExpiresAt: _e, confirmedSeq: _c, seq: _s, at: _a, ...rest } = pending;
        state.decisions.set(decisionKey(pending.purpose, pending.channel), {
          ...rest,
          status: 'GRANTED',
          method: 'DOUBLE_OPT_IN',
          seq,
          at,
          subjectId,
          proofSeq: pending.seq,
        });
        break;
      }
      case 'RESTRICTION':
        state.restricted = flag(content.restricted);
        break;
      case 'OBJECTION':
        state.objections.set(String(content.purpose), flag(content.objected));
        break;
      case 'AUTOMATED_DECISIONS':
        state.automatedDecisionOptOut = flag(content.optedOut);
        break;
      case 'SALE_SHARING':
        state.saleSharingOptOut = { ...flag(content.optedOut), viaGlobalPrivacyControl: content.viaGlobalPrivacyControl === true };
        break;
      case 'ERASURE':
        // The ledger stays as evidence; the subject has no current choices any more.
        state.decisions.clear();
        state.pending.clear();
        state.objections.clear();
        state.restricted = null;
        state.automatedDecisionOptOut = null;
        state.saleSharingOptOut = null;
        state.erasedAt = at;
        break;
    }
  }
  return state;
}

const RESTRICTIVENESS: Record<DecisionStatus, number> = { WITHDRAWN: 3, DENIED: 2, GRANTED: 1 };

/** Prefers the stricter flag: set beats unset; between equals, the newer. */
const stricterFlag = (a: Flag | null, b: Flag | null): Flag | null => {
  if (!a || !b) return a ?? b;
  if (a.value !== b.value) return a.value ? a : b;
  return a.at >= b.at ? a : b;
};

/**
 * One state for a survivor and the profiles merged into it: the most restrictive decision per
 * purpose and channel (withdrawn, then denied, then granted; among equals the newer) and every
 * restriction, objection and opt-out of any of them. A merge never widens consent.
 */
export function combineStates(states: SubjectState[]): SubjectState {
  const [first, ...rest] = states;
  if (!first) return foldLedger([]);
  const combined: SubjectState = {
    ...first,
    decisions: new Map(first.decisions),
    objections: new Map(first.objections),
    pending: new Map(first.pending),
  };
  for (const state of rest) {
    for (const [key, decision] of state.decisions) {
      const held = combined.decisions.get(key);
      const stricter = held ? RESTRICTIVENESS[decision.status] - RESTRICTIVENESS[held.status] : 1;
      if (!held || stricter > 0 || (stricter === 0 && decision.at > held.at)) combined.decisions.set(key, decision);
    }
    for (const [purpose, flag] of state.objections)
      combined.objections.set(purpose, stricterFlag(combined.objections.get(purpose) ?? null, flag)!);
    for (const [hash, pending] of state.pending) combined.pending.set(hash, pending);
    combined.restricted = stricterFlag(combined.restricted, state.restricted);
    combined.automatedDecisionOptOut = stricterFlag(combined.automatedDecisionOptOut, state.automatedDecisionOptOut);
    combined.saleSharingOptOut = stricterFlag(combined.saleSharingOptOut, state.saleSharingOptOut);
    combined.erasedAt = combined.erasedAt ?? state.erasedAt;
  }
  return combined;
}
