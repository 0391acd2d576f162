import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '#kit/canonicalJson.ts';
import type { ErasureReceipt } from '../models/PrivacyRequest.ts';

/** A short, stable name for a public key, so a receipt says which key to check it with. */
export const keyIdOf = (publicKey: KeyObject) =>
  createHash('sha256')
    .update(publicKey.export({ format: 'der', type: 'spki' }))
    .digest('hex')
    .slice(0, 16);

export const sha256Of = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

/** Signs a receipt (Ed25519 over its canonical JSON, signature left out). */
export function signReceipt(
  body: Omit<ErasureReceipt, 'keyId' | 'signature'>,
  privateKey: KeyObject,
  publicKey: KeyObject,
): ErasureReceipt {
  const unsigned = { ...body, keyId: keyIdOf(publicKey) };
  return { ...unsigned, signature: sign(null, Buffer.from(canonicalJson(unsigned)), privateKey).toString('base64url') };
}

export function verifyReceipt(receipt: ErasureReceipt, publicKey: KeyObject): { valid: boolean; reason: string } {
  const { signature, ...unsigned } = receipt;
  if (!signature || unsigned.keyId !== keyIdOf(publicKey)) return { valid: false, reason: 'Signed with another key.' };
  const ok = verify(null, Buffer.from(canonicalJson(unsigned)), publicKey, Buffer.from(signature, 'base64url'));
  return ok
    ? { valid: true, reason: 'Signature matches: this receipt was issued by this Living Profile and not changed.' }
    : { valid: false, reason: 'Signature does not match the content.' };
}
