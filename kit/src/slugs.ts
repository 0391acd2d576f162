// The names administrators and source systems choose, which code, URLs and logs then carry: one
// pattern per kind, written once. All are lower case, digits and dashes: safe in a URL, a log
// line and a database key without escaping, and never mistaken for personal data.

/** A key (purpose, topic): a letter first, 2-63 characters. Keys appear in consent proofs, so they read as words. */
export const KEY_PATTERN = /^[a-z][a-z0-9-]{1,62}$/;
/** An id (offer, webhook subscriber): a letter or a digit first, 2-63 characters. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;
/** A source system's name (crm, pos-eu): a letter first, 2-32 characters; it is stored beside every value the source sent. */
export const SOURCE_PATTERN = /^[a-z][a-z0-9-]{1,31}$/;

export const isKey = (value: unknown): value is string => typeof value === 'string' && KEY_PATTERN.test(value);
export const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);
export const isSourceName = (value: unknown): value is string => typeof value === 'string' && SOURCE_PATTERN.test(value);

/** What each kind looks like, for error messages. */
export const KEY_RULE = '2-63 lower-case letters, digits and dashes, starting with a letter';
export const ID_RULE = '2-63 lower-case letters, digits and dashes';
export const SOURCE_RULE = '2-32 lower-case letters, digits and dashes, starting with a letter';
