// How the ledger's entries are keyed and bucketed: the shapes its store and services agree on.

/** An entry's `_id`: the subject and its sequence number, zero-padded so ids sort as the chain runs. */
export const entryId = (subjectId: string, seq: number) => `${subjectId}:${String(seq).padStart(10, '0')}`;
