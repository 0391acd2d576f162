// How the ledger's entries are keyed and bucketed: the shapes its store and services agree on.

/** An entry's `_id`: the subject and its sequence number, zero-padded so ids sort as the chain runs. */
export const entryId = (subjectId: string, seq: number) => `${subjectId}:${String(seq).padStart(10, '0')}`;

/** The webhook relay's time buckets: a poll reads the buckets from its watermark (less a minute) to now. */
export const RELAY_BUCKET_MS = 10_000;
