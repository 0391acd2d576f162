import { createHash, randomBytes } from 'node:crypto';
import type { Provenance } from '#kit/authorize.ts';
import { canonicalJson } from '#kit/canonicalJson.ts';
import type { BlindIndexer } from '#kit/crypto/blindIndex.ts';
import { openJson, sealJson } from '#kit/crypto/envelope.ts';
import type { SubjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import { eachRecord, type Rejection } from '#kit/batchImport.ts';
import { badUserInput, conflict, notFound } from '#kit/errors.ts';
import { documentLocks, type Locks } from '#kit/locks.ts';
import type { Logger } from '#kit/log.ts';
import { chain } from '../domain/chain.ts';
import { readUnsubscribeToken, unsubscribeToken } from '../domain/unsubscribeToken.ts';
import { decisionKey, foldLedger, type ConsentMethod, type DecisionStatus } from '../domain/state.ts';
import { bucketOf } from '#kit/timeBuckets.ts';
import { RELAY_BUCKET_MS } from '#kit/events/relayFeed.ts';
import { entryId } from '../domain/ledgerKeys.ts';
import type { LedgerEntryDoc, LedgerEntryType } from '../models/LedgerEntry.ts';
import type { ConsentChannel, PurposeDoc } from '../models/Purpose.ts';
import type { CatalogueStore } from '../store/catalogueStore.ts';
import type { LedgerStore } from '../store/ledgerStore.ts';

/** Evidence about how a decision was collected (GDPR Art. 7(1)). */
export interface ProofInput {
  noticeVersion: number;
  collectionPoint: string;
  method: ConsentMethod;
  ipAddress?: string | null;
  userAgent?: string | null;
  expiresAt?: Date | null;
}

export interface DecisionInput {
  subjectId: string;
  purpose: string;
  channel: ConsentChannel;
  status: DecisionStatus;
  proof: ProofInput;
  reason?: string | null;
}

/** One decision as a legacy system or consent platform exported it. */
export interface ImportRecord {
  recordId: string;
  subjectId: string;
  purpose: string;
  channel: ConsentChannel;
  status: DecisionStatus;
  givenAt: Date;
  noticeVersion: number;
  collectionPoint: string;
  originalProof?: unknown;
}

/**
 * The sealed part of an entry: what identifies or may identify the person (sealed with their
 * key, so erasure shreds it), covered by the chain through a salted digest. Collection points and
 * a source's original proof are free text a caller sends: they are kept here, not in the content.
 */
export interface Personal {
  ipHash?: string | null;
  userAgent?: string | null;
  reason?: string | null;
  collectionPoint?: string | null;
  originalProof?: unknown;
}

const ledgerAad = (subjectId: string, seq: number) => `${subjectId}|consent_ledger|${seq}`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const MAX_TEXT = 500;
/** Subjects of one import batch written side by side. */
const IMPORTS_AT_ONCE = 8;

/** The personal part without its empty fields, or null when nothing is left to seal. */
const keptOf = (personal: Personal | null): Personal | null => {
  const kept = personal && Object.fromEntries(Object.entries(personal).filter(([, v]) => v !== null && v !== undefined));
  return kept && Object.keys(kept).length ? kept : null;
};

/**
 * The entry that follows `last` in a subject's ledger (pure: the caller writes it). The personal
 * part is sealed with the subject's `key` (which it needs then) and covered by the chain through
 * a salted digest; the relay finds the entry by its 10 s bucket, a double opt-in by its token's hash.
 */
export function ledgerEntryAfter(
  last: Pick<LedgerEntryDoc, 'seq' | 'hash'> | null,
  {
    subjectId,
    type,
    content,
    personal,
    at,
  }: { subjectId: string; type: LedgerEntryType; content: Record<string, unknown>; personal: Personal | null; at: Date },
  key?: Buffer,
): LedgerEntryDoc {
  const seq = (last?.seq ?? 0) + 1;
  const kept = keptOf(personal);
  let sealed: string | null = null;
  let personalDigest: string | null = null;
  if (kept) {
    if (!key) throw new Error(`A personal part needs the subject's key (${subjectId}).`);
    const salt = randomBytes(16).toString('base64url');
    sealed = sealJson(key, { salt, personal: kept }, ledgerAad(subjectId, seq));
    personalDigest = sha256(`${salt}${canonicalJson(kept)}`);
  }

  const entry = chain(last, { subjectId, at, type, content, personalDigest });
  return {
    _id: entryId(subjectId, entry.seq),
    ...entry,
    type,
    sealed,
    relayBucket: bucketOf(at, RELAY_BUCKET_MS),
    // A double opt-in is found by its token's hash: a top-level field, index-backed on FerretDB.
    ...(type === 'PENDING' && typeof content.tokenHash === 'string' ? { tokenHash: content.tokenHash } : {}),
  };
}

/** What an imported decision records: its public content, and its personal part (sealed). */
export function importedDecision(record: ImportRecord, purpose: PurposeDoc, source: string, provenance: Provenance) {
  return {
    content: {
      purpose: purpose._id,
      channel: record.channel,
      status: record.status,
      noticeVersion: record.noticeVersion,
      method: 'IMPORT',
      source: provenance.source,
      via: provenance.channel,
      actor: provenance.actor,
      expiresAt: null,
      givenAt: record.givenAt,
      importedFrom: { source, recordId: record.recordId },
    },
    personal: { collectionPoint: record.collectionPoint.trim() || null, originalProof: record.originalProof ?? null },
  };
}

/** An import's outcome for one record: applied, already imported, superseded by a newer decision, or refused. */
export type ImportOutcome =
  { entry: LedgerEntryDoc | null; replay: boolean; supersededBy?: { status: DecisionStatus; at: Date } } | { rejected: Rejection };

function checkedPurpose(purpose: PurposeDoc | null | undefined, key: string, channel?: string): PurposeDoc {
  if (!purpose) throw badUserInput(`Unknown purpose "${key}".`, 'purpose');
  if (channel && purpose.channels.length && !purpose.channels.some((covered) => covered === channel)) {
    throw badUserInput(`Purpose ${key} does not cover channel ${channel}.`, 'channel');
  }

  return purpose;
}

function checkImportRecord(purpose: PurposeDoc, record: ImportRecord, now: Date): void {
  if (record.noticeVersion < 1 || record.noticeVersion > purpose.currentNoticeVersion) {
    throw badUserInput(`Purpose ${purpose._id} has notice versions 1 to ${purpose.currentNoticeVersion}.`, 'noticeVersion');
  }

  if (record.givenAt > now) throw badUserInput('givenAt is in the future.', 'givenAt');
  if (canonicalJson(record.originalProof ?? null).length > 10_000)
    throw badUserInput('originalProof is larger than 10 kB.', 'originalProof');
  if (!record.collectionPoint.trim() || record.collectionPoint.length > MAX_TEXT)
    throw badUserInput(`collectionPoint must be 1-${MAX_TEXT} characters.`, 'collectionPoint');
}

/**
 * The consent ledger's use cases: every decision, flag and import is one appended entry, written
 * holding the subject's lock (a subject's ledger and head are written under it, in every replica).
 */
export class ConsentService {
  readonly #ledger: LedgerStore;
  readonly #catalogue: CatalogueStore;
  readonly #keys: SubjectKeyStore;
  readonly #blindIndex: BlindIndexer;
  readonly #log: Logger;
  readonly #writes: Locks;

  constructor({
    ledger,
    catalogue,
    keys,
    blindIndex,
    log,
  }: {
    ledger: LedgerStore;
    catalogue: CatalogueStore;
    keys: SubjectKeyStore;
    blindIndex: BlindIndexer;
    log: Logger;
  }) {
    this.#ledger = ledger;
    this.#catalogue = catalogue;
    this.#keys = keys;
    this.#blindIndex = blindIndex;
    this.#log = log;
    this.#writes = documentLocks(ledger.connection, 'ledger');
  }

  entriesFor(subjectIds: readonly string[]): Promise<LedgerEntryDoc[]> {
    return this.#ledger.entriesFor(subjectIds);
  }

  heads(subjectIds: readonly string[]) {
    return this.#ledger.headsOf(subjectIds);
  }

  /** The personal part of entries, opened with the subject's key; null once the key is shredded. */
  async openPersonal(entries: LedgerEntryDoc[]): Promise<Map<string, Personal | null>> {
    const dataKeys = await this.#keys.keysFor([...new Set(entries.map((e) => e.subjectId))]);
    return new Map(
      entries.map((e) => {
        const key = dataKeys.get(e.subjectId);
        return [e._id, key && e.sealed ? openJson<{ personal: Personal }>(key, e.sealed, ledgerAad(e.subjectId, e.seq)).personal : null];
      }),
    );
  }

  async recordDecision(input: DecisionInput, provenance: Provenance): Promise<LedgerEntryDoc> {
    const purpose = await this.#purposeFor(input.purpose, input.channel);
    await this.#checkProof(purpose, input.proof, provenance.at);
    if (input.status === 'GRANTED' && !['CHECKBOX', 'VERBAL', 'WRITTEN'].includes(input.proof.method)) {
      throw badUserInput(
        'A grant recorded here is collected by checkbox, verbally or in writing; double opt-in and imports have their own operations.',
        'method',
      );
    }
    if (input.status === 'GRANTED' && purpose.legalBasis !== 'CONSENT') {
      throw badUserInput(
        `Purpose ${purpose._id} is processed on ${purpose.legalBasis}, not consent; use an objection to refuse it.`,
        'purpose',
      );
    }
    return this.#append(
      input.subjectId,
      'DECISION',
      {
        purpose: purpose._id,
        channel: input.channel,
        status: input.status,
        noticeVersion: input.proof.noticeVersion,
        method: input.proof.method,
        source: provenance.source,
        via: provenance.channel,
        actor: provenance.actor,
        expiresAt: input.proof.expiresAt ?? null,
      },
      this.#personalOf(input.proof, input.reason),
      provenance.at,
    );
  }

  /** The token for a message's unsubscribe link (computed: nothing is written). */
  async unsubscribeTokenFor(subjectId: string, purposeKey: string, channel: ConsentChannel): Promise<string> {
    const purpose = await this.#purposeFor(purposeKey, channel);
    if (purpose.legalBasis !== 'CONSENT')
      throw badUserInput(
        `Purpose ${purpose._id} is processed on ${purpose.legalBasis}, not consent: there is nothing to unsubscribe from.`,
        'purpose',
      );
    return unsubscribeToken(this.#blindIndex, { subjectId, purpose: purpose._id, channel });
  }

  /** The scope an unsubscribe token names, or BAD_USER_INPUT when it is not one this service issued. */
  unsubscribeScope(token: string) {
    const scope = readUnsubscribeToken(this.#blindIndex, token);
    if (!scope)
      throw badUserInput(
        'This unsubscribe link is not valid: open it again from the message, or change your choices in your profile.',
        'token',
      );
    return scope;
  }

  /** Withdraws what an unsubscribe link names; the link is the proof (method UNSUBSCRIBE_LINK). */
  async unsubscribe(scope: { subjectId: string; purpose: string; channel: ConsentChannel }, provenance: Provenance) {
    const purpose = await this.#purposeFor(scope.purpose, scope.channel);
    const entry = await this.recordDecision(
      {
        subjectId: scope.subjectId,
        purpose: purpose._id,
        channel: scope.channel,
        status: 'WITHDRAWN',
        proof: {
          noticeVersion: Math.max(1, purpose.currentNoticeVersion),
          collectionPoint: 'unsubscribe-link',
          method: 'UNSUBSCRIBE_LINK',
        },
      },
      provenance,
    );
    return { purpose, channel: scope.channel, at: entry.at };
  }

  /** Starts a double opt-in: a pending entry and a single-use token to send to the customer. */
  async requestConfirmation(
    input: Omit<DecisionInput, 'status'> & { tokenValidHours: number },
    provenance: Provenance,
  ): Promise<{ token: string; tokenExpiresAt: Date; entry: LedgerEntryDoc }> {
    const purpose = await this.#purposeFor(input.purpose, input.channel);
    await this.#checkProof(purpose, { ...input.proof, method: 'DOUBLE_OPT_IN' }, provenance.at);
    if (!(input.tokenValidHours >= 1 && input.tokenValidHours <= 24 * 30))
      throw badUserInput('tokenValidHours must be 1 to 720.', 'tokenValidHours');
    const token = randomBytes(24).toString('base64url');
    const tokenExpiresAt = new Date(provenance.at.getTime() + input.tokenValidHours * 3_600_000);
    const entry = await this.#append(
      input.subjectId,
      'PENDING',
      {
        purpose: purpose._id,
        channel: input.channel,
        noticeVersion: input.proof.noticeVersion,
        source: provenance.source,
        via: provenance.channel,
        actor: provenance.actor,
        expiresAt: input.proof.expiresAt ?? null,
        tokenHash: sha256(token),
        tokenExpiresAt,
      },
      this.#personalOf(input.proof, input.reason),
      provenance.at,
    );
    return { token, tokenExpiresAt, entry };
  }

  /** Presents a double opt-in token: grants once, before it expires; the token never works twice. */
  async confirm(token: string, proof: Pick<ProofInput, 'ipAddress' | 'userAgent'>, provenance: Provenance): Promise<LedgerEntryDoc> {
    const tokenHash = sha256(token);
    const pending = await this.#ledger.byTokenHash(tokenHash);
    if (pending?.type !== 'PENDING') throw notFound('This confirmation link');
    const subjectId = pending.subjectId;
    const state = foldLedger(await this.entriesFor([subjectId]));
    const held = state.pending.get(tokenHash);
    if (state.erasedAt || !held) throw notFound('This confirmation link');
    if (held.confirmedSeq !== null) throw conflict('This confirmation link was already used.');
    if (held.tokenExpiresAt <= provenance.at) throw badUserInput('This confirmation link has expired; ask for a new one.', 'token');
    return this.#append(
      subjectId,
      'CONFIRMATION',
      { tokenHash, pendingSeq: pending.seq, purpose: held.purpose, channel: held.channel, via: provenance.channel },
      this.#personalOf(proof),
      provenance.at,
    );
  }

  setFlag(subjectId: string, type: 'RESTRICTION' | 'AUTOMATED_DECISIONS', value: boolean, reason: string | null, provenance: Provenance) {
    const content = type === 'RESTRICTION' ? { restricted: value } : { optedOut: value };
    return this.#append(
      subjectId,
      type,
      { ...content, source: provenance.source, via: provenance.channel, actor: provenance.actor },
      this.#personalOf({}, reason),
      provenance.at,
    );
  }

  async setObjection(subjectId: string, purposeKey: string, objected: boolean, reason: string | null, provenance: Provenance) {
    const purpose = await this.#purposeFor(purposeKey);
    if (!purpose.refusable && objected) throw badUserInput(`Purpose ${purpose._id} cannot be refused (${purpose.legalBasis}).`, 'purpose');
    return this.#append(
      subjectId,
      'OBJECTION',
      { purpose: purpose._id, objected, source: provenance.source, via: provenance.channel, actor: provenance.actor },
      this.#personalOf({}, reason),
      provenance.at,
    );
  }

  /** Records a Global Privacy Control signal once: the customer opts out of sale and sharing. */
  async honourGlobalPrivacyControl(subjectId: string, userAgent: string | null, provenance: Provenance): Promise<boolean> {
    const state = foldLedger(await this.entriesFor([subjectId]));
    if (state.erasedAt || (state.saleSharingOptOut?.value && state.saleSharingOptOut.viaGlobalPrivacyControl)) return false;
    await this.#append(
      subjectId,
      'SALE_SHARING',
      {
        optedOut: true,
        viaGlobalPrivacyControl: true,
        method: 'GLOBAL_PRIVACY_CONTROL',
        signal: 'Sec-GPC: 1',
        source: provenance.source,
        via: provenance.channel,
        actor: provenance.actor,
      },
      this.#personalOf({ userAgent }),
      provenance.at,
    );
    return true;
  }

  /**
   * Imports one decision from a legacy system or an engagement tool, keeping its original proof;
   * idempotent by source and record id. Conflict rules: a withdrawal always applies (an ESP's
   * unsubscribe wins, whenever it was given); any other decision applies only when it was given
   * after the decision held for its purpose and channel (an older change never overwrites a newer
   * one, and on a tie the held decision stays). A superseded record changes nothing, on every replay.
   */
  /**
   * Imports a batch of decisions, each answered on its own (a record that cannot be applied is
   * rejected with its code; the others go on). What every record needs to be checked is read
   * once for the whole batch: which records were imported before, the catalogue, the ledgers and
   * keys of all the subjects named. Each applied record then costs its own writes only: the
   * entry, the ledger head and the import marker.
   */
  async importDecisions(source: string, records: ImportRecord[], provenance: Provenance): Promise<ImportOutcome[]> {
    const keyOf = (record: ImportRecord) => `${source}:${record.recordId}`;
    const subjects = [...new Set(records.map((r) => r.subjectId))];
    const [imported, listed, entries, dataKeys] = await Promise.all([
      this.#ledger.importedOf(records.map(keyOf)),
      this.#catalogue.list(),
      this.entriesFor(subjects),
      this.#keys.keysFor(subjects),
    ]);
    const done = new Set(imported);
    const byPurpose = new Map(listed.map((p) => [p._id, p]));
    const ledgers = Map.groupBy(entries, (e) => e.subjectId);
    // Subjects side by side (IMPORTS_AT_ONCE), each subject's records (and repeats of one record) in the order sent.
    // A record that throws is rejected with its code and the others go on (kit/batchImport.ts).
    return eachRecord<ImportRecord, ImportOutcome>(records, {
      keysOf: (record) => [`subject:${record.subjectId}`, `record:${keyOf(record)}`],
      atOnce: IMPORTS_AT_ONCE,
      nameOf: keyOf,
      log: this.#log,
      rejected: (_, rejection) => ({ rejected: rejection }),
      apply: async (record) => {
        if (done.has(keyOf(record))) return { entry: null, replay: true };
        const purpose = checkedPurpose(byPurpose.get(record.purpose), record.purpose, record.channel);
        checkImportRecord(purpose, record, provenance.at);
        let held = ledgers.get(record.subjectId) ?? [];
        const outcome = await this.#writes.run(record.subjectId, async () => {
          for (let attempt = 0; attempt < 5; attempt += 1) {
            if (record.status !== 'WITHDRAWN') {
              const decision = foldLedger(held).decisions.get(decisionKey(purpose._id, record.channel));
              const heldAt = decision && (decision.givenAt ? new Date(decision.givenAt) : decision.at);
              if (decision && heldAt && heldAt >= record.givenAt) return { supersededBy: { status: decision.status, at: heldAt } };
            }
            const { content, personal } = importedDecision(record, purpose, source, provenance);
            const entry = await this.#appendNow(record.subjectId, 'DECISION', content, personal, provenance.at, {
              last: held.at(-1) ?? null,
              key: dataKeys.get(record.subjectId),
            });
            if (entry) return { entry };
            // Someone else wrote to this ledger meanwhile: read it again and decide again.
            held = await this.entriesFor([record.subjectId]);
          }
          throw conflict('The consent ledger kept changing while this record was imported; import it again.');
        });
        if (outcome.supersededBy) return { entry: null, replay: false, supersededBy: outcome.supersededBy };
        const entry = outcome.entry!;
        // Later records of the same subject in this batch chain on from this one.
        ledgers.set(record.subjectId, [...held, entry]);
        done.add(keyOf(record));
        await this.#ledger.markImported({ _id: keyOf(record), subjectId: record.subjectId, seq: entry.seq, importedAt: provenance.at });
        return { entry, replay: false };
      },
    });
  }

  /**
   * Erasure: the subject's key is shredded (every sealed personal part becomes unreadable), and
   * an ERASURE entry closes the ledger, which stays verifiable: the record that consent existed
   * and was erased.
   */
  async erase(subjectId: string, provenance: Provenance): Promise<{ shredded: boolean; entry: LedgerEntryDoc | null }> {
    const shredded = await this.#keys.destroy(subjectId);
    const exists = await this.#ledger.hasEntries(subjectId);
    const entry = exists
      ? await this.#append(subjectId, 'ERASURE', { erased: true, source: provenance.source, via: provenance.channel }, null, provenance.at)
      : null;
    // Import markers stay (ids only): replaying an old import must not bring consent back.
    return { shredded, entry };
  }

  /**
   * Appends one entry. The insert of `subject:seq` is the commit: only one writer wins a sequence
   * number (another process's append makes ours retry from the new end). The head anchor follows.
   */
  async #append(subjectId: string, type: LedgerEntryType, content: Record<string, unknown>, personal: Personal | null, at: Date) {
    return this.#writes.run(subjectId, async () => (await this.#appendNow(subjectId, type, content, personal, at))!);
  }

  /**
   * `append` for a caller already holding the subject's write queue. `known` (a batch import read
   * them for all its subjects at once) saves the first attempt its reads: the entry the ledger ends
   * with, and the subject's key if it has one. If another writer appended since, the answer is
   * null: what the caller decided from `known` may no longer hold, so it decides again.
   */
  async #appendNow(
    subjectId: string,
    type: LedgerEntryType,
    content: Record<string, unknown>,
    personal: Personal | null,
    at: Date,
    known?: { last: Pick<LedgerEntryDoc, 'seq' | 'hash'> | null; key: Buffer | undefined },
  ): Promise<LedgerEntryDoc | null> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const last = known ? known.last : await this.#ledger.lastOf(subjectId);
      const key = keptOf(personal) ? (known?.key ?? (await this.#keys.ensureKey(subjectId))) : undefined;
      const doc = ledgerEntryAfter(last, { subjectId, type, content, personal, at }, key);
      if (!(await this.#ledger.insert(doc))) {
        if (known) return null;
        continue;
      }
      await this.#ledger.setHead(subjectId, { seq: doc.seq, hash: doc.hash, at });
      return doc;
    }
    throw conflict('The consent ledger kept changing while this change was recorded; try again.');
  }

  async #purposeFor(key: string, channel?: string): Promise<PurposeDoc> {
    return checkedPurpose(await this.#catalogue.get(key), key, channel);
  }

  async #checkProof(purpose: PurposeDoc, proof: ProofInput, at: Date) {
    if (!proof.collectionPoint.trim() || proof.collectionPoint.length > MAX_TEXT) {
      throw badUserInput(`collectionPoint must be 1-${MAX_TEXT} characters.`, 'collectionPoint');
    }
    if (proof.noticeVersion < 1 || proof.noticeVersion > purpose.currentNoticeVersion) {
      throw badUserInput(`Purpose ${purpose._id} has notice versions 1 to ${purpose.currentNoticeVersion}.`, 'noticeVersion');
    }
    if (proof.expiresAt && proof.expiresAt <= at) throw badUserInput('expiresAt must be in the future.', 'expiresAt');
    if (proof.userAgent && proof.userAgent.length > MAX_TEXT) throw badUserInput('userAgent is too long.', 'userAgent');
  }

  #personalOf(proof: Partial<ProofInput>, reason?: string | null): Personal {
    return {
      ipHash: proof.ipAddress ? this.#blindIndex('ip', proof.ipAddress.trim()) : null,
      userAgent: proof.userAgent ?? null,
      reason: reason?.trim() ? reason.trim().slice(0, MAX_TEXT) : null,
      collectionPoint: proof.collectionPoint?.trim() || null,
    };
  }
}
