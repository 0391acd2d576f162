import { createHash } from 'node:crypto';
import { canonicalJson } from '#kit/canonicalJson.ts';

/**
 * The per-subject consent ledger as a hash chain. Each entry's hash covers its subject, sequence
 * number, time, type, public content, the digest of its (separately sealed) personal part, and
 * the previous entry's hash. Changing, removing or reordering any entry breaks the chain at that
 * entry; removing entries from the end is caught by the head anchor kept beside the ledger.
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface EntryCore {
  subjectId: string;
  seq: number;
  at: Date;
  type: string;
  content: Record<string, unknown>;
  /** sha256 of the sealed personal part's salt and content; survives erasure of that part. */
  personalDigest: string | null;
  prevHash: string;
}

export interface ChainedEntry extends EntryCore {
  hash: string;
}

export const hashEntry = (core: EntryCore): string =>
  createHash('sha256')
    .update(
      canonicalJson({
        subjectId: core.subjectId,
        seq: core.seq,
        at: core.at,
        type: core.type,
        content: core.content,
        personalDigest: core.personalDigest,
        prevHash: core.prevHash,
      }),
    )
    .digest('hex');

/** The next entry after `last` (or the first one). */
export function chain(last: Pick<ChainedEntry, 'seq' | 'hash'> | null, entry: Omit<EntryCore, 'seq' | 'prevHash'>): ChainedEntry {
  const core: EntryCore = { ...entry, seq: (last?.seq ?? 0) + 1, prevHash: last?.hash ?? GENESIS_HASH };
  return { ...core, hash: hashEntry(core) };
}

export interface Verification {
  valid: boolean;
  entries: number;
  /** Sequence number of the first entry that fails, or of the missing one. */
  firstBrokenSeq: number | null;
  problem: string | null;
}

/**
 * Checks entries (in stored order) against each other and, when given, the head anchor.
 */
export function verifyChain(subjectId: string, entries: ChainedEntry[], head?: { seq: number; hash: string } | null): Verification {
  let previous: ChainedEntry | null = null;
  const broken = (seq: number, problem: string): Verification => ({ valid: false, entries: entries.length, firstBrokenSeq: seq, problem });
  for (const [index, entry] of entries.entries()) {
    const expectedSeq = index + 1;
    if (entry.subjectId !== subjectId) return broken(expectedSeq, 'entry belongs to another subject');
    if (entry.seq !== expectedSeq) return broken(expectedSeq, `entry ${expectedSeq} is missing or out of order (found ${entry.seq})`);
    if (entry.prevHash !== (previous?.hash ?? GENESIS_HASH)) return broken(expectedSeq, 'does not follow the previous entry');
    if (hashEntry(entry) !== entry.hash) return broken(expectedSeq, 'content does not match its hash');
    previous = entry;
  }
  if (head) {
    if (head.seq > entries.length) return broken(entries.length + 1, `entries after ${entries.length} are missing (head is ${head.seq})`);
    if (head.seq > 0 && entries[head.seq - 1]?.hash !== head.hash) return broken(head.seq, 'does not match the head anchor');
  }
  return { valid: true, entries: entries.length, firstBrokenSeq: null, problem: null };
}
