import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks (https://www.standardwebhooks.com): every delivery carries `webhook-id` (the
 * event's id, the same on every retry), `webhook-timestamp` (Unix seconds at signing) and
 * `webhook-signature` (space-separated `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`, one
 * per secret while a secret is being rotated). Secrets are `whsec_` + base64.
 */
export const WEBHOOK_HEADERS = { id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' } as const;

/** How far a delivery's timestamp may be from the receiver's clock (the spec's recommendation). */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

export const generateWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

function keyOf(secret: string): Buffer {
  if (!secret.startsWith('whsec_')) throw new WebhookVerificationError('invalid_secret', 'A webhook secret starts with whsec_.');
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  if (key.length < 24) throw new WebhookVerificationError('invalid_secret', 'A webhook secret holds at least 24 bytes.');
  return key;
}

const signatureOf = (key: Buffer, id: string, timestamp: number, body: string) =>
  createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');

/** The three headers for one delivery of `body`, signed with every given secret (old and new, during a rotation). */
export function signWebhook(
  { id, body, timestamp = Math.floor(Date.now() / 1000) }: { id: string; body: string; timestamp?: number },
  secrets: string | string[],
): Record<(typeof WEBHOOK_HEADERS)[keyof typeof WEBHOOK_HEADERS], string> {
  const signature = [secrets]
    .flat()
    .map((secret) => `v1,${signatureOf(keyOf(secret), id, timestamp, body)}`)
    .join(' ');
  return { [WEBHOOK_HEADERS.id]: id, [WEBHOOK_HEADERS.timestamp]: String(timestamp), [WEBHOOK_HEADERS.signature]: signature };
}

export type WebhookFailure =
  'invalid_secret' | 'missing_header' | 'invalid_timestamp' | 'timestamp_out_of_tolerance' | 'no_matching_signature';

export class WebhookVerificationError extends Error {
  readonly code: WebhookFailure;
  constructor(code: WebhookFailure, message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
    this.code = code;
  }
}

/**
 * Checks a delivery against the raw body as received (never a re-serialised one): all three
 * headers present, timestamp within the tolerance, and one `v1` signature matching one of the
 * secrets (compared in constant time). Returns the webhook id; throws WebhookVerificationError.
 * Replays inside the tolerance window are the receiver's to refuse: remember ids for that long.
 */
export function verifyWebhook(
  headers: { get(name: string): string | null },
  body: string,
  secrets: string | string[],
  { now = Date.now(), toleranceSeconds = DEFAULT_TOLERANCE_SECONDS } = {},
): { id: string; timestamp: number } {
  const id = headers.get(WEBHOOK_HEADERS.id);
  const rawTimestamp = headers.get(WEBHOOK_HEADERS.timestamp);
  const signatures = headers.get(WEBHOOK_HEADERS.signature);
  if (!id || !rawTimestamp || !signatures) {
    throw new WebhookVerificationError('missing_header', 'webhook-id, webhook-timestamp and webhook-signature are all required.');
  }
  if (!/^\d{1,12}$/.test(rawTimestamp)) throw new WebhookVerificationError('invalid_timestamp', 'webhook-timestamp is not Unix seconds.');
  const timestamp = Number(rawTimestamp);
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) {
    throw new WebhookVerificationError('timestamp_out_of_tolerance', `webhook-timestamp is more than ${toleranceSeconds} s from now.`);
  }
  const offered = signatures
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .map((s) => Buffer.from(s.slice(3), 'base64'));
  for (const secret of [secrets].flat()) {
    const expected = Buffer.from(signatureOf(keyOf(secret), id, timestamp, body), 'base64');
    if (offered.some((candidate) => candidate.length === expected.length && timingSafeEqual(candidate, expected))) return { id, timestamp };
  }
  throw new WebhookVerificationError('no_matching_signature', 'No webhook-signature matches this body with a known secret.');
}
