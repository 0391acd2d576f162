// Direct transmission of a portable export to another controller (GDPR Art. 20(2)): the
// destinations administrators register, and one signed delivery of an export to one of them.
import { sign, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { assertRole, provenanceOf } from '#kit/authorize.ts';
import { canonicalJson } from '#kit/canonicalJson.ts';
import { badUserInput, conflict, notFound } from '#kit/errors.ts';
import { fieldOf } from '#kit/guards.ts';
import { ID_RULE, isId } from '#kit/slugs.ts';
import { SubjectRightsError } from '#kit/subjectRightsClient.ts';
import type { Viewer } from '#kit/viewer.ts';
import { WEBHOOK_HEADERS } from '#kit/events/webhooks.ts';
import type { TransferDestinationDoc } from '../models/TransferDestination.ts';
import type { DestinationStore } from '../store/destinationStore.ts';
import { keyIdOf, sha256Of } from './receipts.ts';

/** How long one delivery may take before it counts as failed (and is retried). */
const DELIVERY_TIMEOUT_MS = 15_000;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * What a delivery answered: the receiver's status and the reference it gave, if any (`reference`:
 * the receiving controller's own name for what it received, its answer's `receipt` or `id`). The
 * transfer step keeps it as its summary; the receipt is made from it, checked again then.
 */
export const DELIVERY = z.object({
  destination: z.string(),
  url: z.string(),
  deliveredAt: z.string(),
  status: z.number(),
  documentSha256: z.string(),
  reference: z.string().nullable(),
});
export type Delivery = z.infer<typeof DELIVERY>;

/** An https URL without credentials (http only to this machine, to try it out); the problem otherwise. */
function checkedUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badUserInput('url is not a URL.', 'input.url');
  }
  const local = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !local) throw badUserInput('url must be https (http only to localhost).', 'input.url');
  if (url.username || url.password) throw badUserInput('url must not carry credentials; the signature authenticates us.', 'input.url');
  return url.toString();
}

/**
 * The destinations (administrators register and retire them; anyone signed in may list the active
 * ones, to choose) and the delivery of an export to one. A delivery is a Standard Webhooks POST
 * signed asymmetrically (`v1a`, Ed25519) with the key that signs receipts, so the receiver checks it
 * with the public key anyone can read (`erasureReceiptPublicKey`) and holds no secret of ours.
 */
export class TransferService {
  readonly #destinations: DestinationStore;
  readonly #key: KeyObject;
  readonly #publicKey: KeyObject;

  constructor(destinations: DestinationStore, key: KeyObject, publicKey: KeyObject) {
    this.#destinations = destinations;
    this.#key = key;
    this.#publicKey = publicKey;
  }

  async register(viewer: Viewer, input: { id: string; name: string; url: string }): Promise<TransferDestinationDoc> {
    assertRole(viewer, ['admin'], 'Registering where customers’ data may be sent is for administrators.');
    if (!isId(input.id)) throw badUserInput(`A destination id is ${ID_RULE}.`, 'input.id');
    const name = input.name.trim();
    if (!name) throw badUserInput('Name the controller customers will see.', 'input.name');
    const doc: TransferDestinationDoc = {
      _id: input.id,
      name,
      url: checkedUrl(input.url),
      active: true,
      registeredBy: provenanceOf(viewer),
    };
    if (!(await this.#destinations.insert(doc))) throw conflict(`A destination ${input.id} exists already.`);
    return doc;
  }

  async retire(viewer: Viewer, id: string): Promise<TransferDestinationDoc> {
    assertRole(viewer, ['admin'], 'Retiring a destination is for administrators.');
    const retired = await this.#destinations.retire(id, provenanceOf(viewer));
    if (!retired) throw notFound('Transfer destination');
    return retired;
  }

  /** A destination as registered (retired ones too: a past request still names it). */
  get(id: string): Promise<TransferDestinationDoc | null> {
    return this.#destinations.get(id);
  }

  /** The active destinations, for a signed-in caller to choose from. */
  list(viewer: Viewer): Promise<TransferDestinationDoc[]> {
    assertRole(viewer, ['customer', 'agent', 'admin'], 'Transfer destinations are for customers and staff.');
    return this.#destinations.active();
  }

  /** An active destination a request may name, or why not. */
  async activeDestination(id: string): Promise<TransferDestinationDoc> {
    const destination = await this.#destinations.get(id);
    if (!destination?.active) throw badUserInput(`No active transfer destination ${id}; see transferDestinations.`, 'transferTo');
    return destination;
  }

  /**
   * Sends `document` to the destination once. `deliveryId` stays the same on every retry, so the
   * receiver can drop a second copy. A refusal (4xx other than 408 and 429) or a destination retired
   * meanwhile is permanent; anything else is retried by the caller.
   */
  async deliver(destinationId: string, deliveryId: string, document: unknown, now = new Date()): Promise<Delivery> {
    const destination = await this.#destinations.get(destinationId);
    if (!destination?.active)
      throw new SubjectRightsError(
        `the destination ${destinationId} was retired before the export could be sent`,
        true,
        'DESTINATION_RETIRED',
      );
    const body = canonicalJson(document);
    const timestamp = Math.floor(now.getTime() / 1000);
    const signature = sign(null, Buffer.from(`${deliveryId}.${timestamp}.${body}`), this.#key).toString('base64');
    let response: Response;
    try {
      response = await fetch(destination.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [WEBHOOK_HEADERS.id]: deliveryId,
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: `v1a,${signature}`,
          'x-living-profile-key-id': keyIdOf(this.#publicKey),
        },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
    } catch {
      throw new SubjectRightsError(`${destination.name} could not be reached`, false, undefined);
    }
    const answer: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const permanent = response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429;
      throw new SubjectRightsError(
        `${destination.name} answered ${response.status}`,
        permanent,
        permanent ? 'TRANSFER_REFUSED' : undefined,
      );
    }
    const given = fieldOf(answer, 'receipt') ?? fieldOf(answer, 'id');
    return {
      destination: destination._id,
      url: destination.url,
      deliveredAt: now.toISOString(),
      status: response.status,
      documentSha256: sha256Of(document),
      reference: typeof given === 'string' ? given.slice(0, 200) : null,
    };
  }
}
