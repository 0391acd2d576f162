import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '#kit/canonicalJson.ts';
import { parseWith } from '#kit/guards.ts';
import type { ErasureReceipt, TransferReceipt } from '../models/PrivacyRequest.ts';

/** A short, stable name for a public key, so a receipt says which key to check it with. */
export const keyIdOf = (publicKey: KeyObject) =>
  createHash('sha256')
    .update(publicKey.export({ format: 'der', type: 'spki' }))
    .digest('hex')
    .slice(0, 16);

export const sha256Of = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

/** Signs a receipt (Ed25519 over its canonical JSON, signature left out). */
export function signReceipt<B extends Omit<ErasureReceipt, 'keyId' | 'signature'> | Omit<TransferReceipt, 'keyId' | 'signature'>>(
  body: B,
  privateKey: KeyObject,
  publicKey: KeyObject,
): B & { keyId: string; signature: string } {
  const unsigned = { ...body, keyId: keyIdOf(publicKey) };
  return { ...unsigned, signature: sign(null, Buffer.from(canonicalJson(unsigned)), privateKey).toString('base64url') };
}

/**
 * What a receipt holds. Fields it does not name are kept, not dropped: the signature covers
 * everything but itself, so a field someone added makes the receipt fail, as it should.
 */
const receiptShape = z.discriminatedUnion('type', [
  z.looseObject({
    requestId: z.string(),
    type: z.literal('ERASURE'),
    subgraphs: z.array(z.string()),
    completedAt: z.string(),
    verificationSha256: z.string(),
    keyId: z.string(),
    signature: z.string(),
  }),
  z.looseObject({
    requestId: z.string(),
    type: z.literal('TRANSFER'),
    destination: z.string(),
    url: z.string(),
    deliveredAt: z.string(),
    documentSha256: z.string(),
    reference: z.string().nullable(),
    keyId: z.string(),
    signature: z.string(),
  }),
]);

/** Whether `receipt` (as a caller sent it back) is one this key signed, unchanged. */
export function verifyReceipt(receipt: unknown, publicKey: KeyObject): { valid: boolean; reason: string } {
  const read = parseWith(receiptShape, receipt);
  if (!read.ok) return { valid: false, reason: `This is not an erasure or transfer receipt (${read.problem}).` };
  const { signature, ...unsigned } = read.value;
  if (!signature || unsigned.keyId !== keyIdOf(publicKey)) return { valid: false, reason: 'Signed with another key.' };
  const ok = verify(null, Buffer.from(canonicalJson(unsigned)), publicKey, Buffer.from(signature, 'base64url'));
  return ok
    ? { valid: true, reason: 'Signature matches: this receipt was issued by this Living Profile and not changed.' }
    : { valid: false, reason: 'Signature does not match the content.' };
}
