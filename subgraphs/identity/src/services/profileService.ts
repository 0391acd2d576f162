import { randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Provenance } from '#kit/authorize.ts';
import { normalizeEmail, normalizeIdentifier, normalizePhone, type BlindIndexer } from '#kit/crypto/blindIndex.ts';
import type { SubjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import { badUserInput, conflict, notFound, restricted } from '#kit/errors.ts';
import { documentLocks, type Locks } from '#kit/locks.ts';
import type { Logger } from '#kit/log.ts';
import type { DomainEvent } from '#kit/events/domainEvents.ts';
import { domainEvent } from '#kit/events/outbox.ts';
import { isSourceName, SOURCE_RULE } from '#kit/slugs.ts';
import { listPlace } from '../domain/listPlace.ts';
import type {
  ProfileDoc,
  StoredAddress,
  StoredChange,
  StoredContactPoint,
  StoredIdentifier,
  VerificationMethod,
} from '../models/Profile.ts';
import type { ClaimStore } from '../store/claimStore.ts';
import type { ProfileStore } from '../store/profileStore.ts';
import { decodeProfile, openFor, sealFor } from './profileCodec.ts';
import { addressKey, type PersonName, type PostalAddressValue, type ProfileView } from '../domain/profileView.ts';

export type ContactKind = 'emails' | 'phones';

export interface ContactInput {
  value: string;
  verified?: boolean | null;
  verificationMethod?: VerificationMethod | null;
  primary?: boolean | null;
}

export interface AddressInput extends PostalAddressValue {
  label?: string | null;
  primary?: boolean | null;
}

export interface IdentifierInput {
  source: string;
  id: string;
}

export interface ProfileInput {
  name?: PersonName | null;
  birthDate?: string | null;
  locale?: string | null;
  timeZone?: string | null;
  emails?: ContactInput[] | null;
  phones?: ContactInput[] | null;
  addresses?: AddressInput[] | null;
  identifiers?: IdentifierInput[] | null;
}

/** The attributes rectification may change; each change keeps the previous value in the history. */
export type RectifiableAttribute = 'name' | 'birthDate' | 'locale' | 'timeZone';

interface Update {
  $set?: Record<string, unknown>;
  $push?: Record<string, unknown>;
  /** Events besides `profile.updated` that ride in the same write. */
  events?: DomainEvent[];
}

/** How long a verification code sent to a contact point stays good, and how soon another may be sent. */
export const VERIFICATION_CODE_TTL_MS = 30 * 60_000;
const VERIFICATION_RESEND_MS = 60_000;
const VERIFICATION_MAX_TRIES = 5;

const MAX_ATTEMPTS = 5;

/**
 * Everything that writes a profile: sealing values with the subject's key, blind indexes,
 * identifier claims, history entries, and optimistic concurrency. Profile writes, and merges, hold
 * one lock document per profile (`profile:<id>`), in every replica.
 */
export class ProfileService {
  readonly #profiles: ProfileStore;
  readonly #claims: ClaimStore;
  readonly #keys: SubjectKeyStore;
  readonly #blindIndex: BlindIndexer;
  readonly #writes: Locks;
  readonly #claimLocks: Locks;

  constructor({
    profiles,
    claims,
    keys,
    blindIndex,
  }: {
    profiles: ProfileStore;
    claims: ClaimStore;
    keys: SubjectKeyStore;
    blindIndex: BlindIndexer;
  }) {
    this.#profiles = profiles;
    this.#claims = claims;
    this.#keys = keys;
    this.#blindIndex = blindIndex;
    this.#writes = documentLocks(profiles.connection, 'profile');
    this.#claimLocks = documentLocks(profiles.connection, 'claim');
  }

  // The blind indexes, bound (callers hand them on as functions).
  /** The blind index of an email or phone: how it is found without being stored in clear. */
  readonly contactIndex = (kind: ContactKind, value: string): string =>
    this.#blindIndex(kind === 'emails' ? 'email' : 'phone', kind === 'emails' ? normalizeEmail(value) : normalizePhone(value));

  readonly identifierIndex = ({ source, id }: IdentifierInput): string => this.#blindIndex('identifier', normalizeIdentifier(source, id));

  /** Runs `task` holding the write queues of every id (in a fixed order, so two callers never deadlock). Bound: handed to the outbox relay. */
  readonly exclusive = <T>(ids: readonly string[], task: () => Promise<T>): Promise<T> => this.#writes.runAll(ids, task);

  /** Gives every profile written before list cells existed its place in the list (an upgrade step; a scan, once). */
  async addListCells(log: Logger): Promise<void> {
    const missing = await this.#profiles.idsWithoutListCell();
    if (missing.length) log.info('giving profiles their list cell', { profiles: missing.length });
    for (let i = 0; i < missing.length; i += 8) {
      await Promise.all(missing.slice(i, i + 8).map((id) => this.#writes.run(id, () => this.#profiles.giveListPlace(id))));
      if ((i + 8) % 10_000 < 8) log.info('list cells given', { done: Math.min(i + 8, missing.length), of: missing.length });
    }
  }

  /**
   * A customer's own profile under the id of their sign-in (self-service sign-up), once: held in
   * every replica under the id's write lock, so two sign-ups at the same moment create one profile
   * and the other is told it exists. A profile merged or erased under this id keeps it.
   */
  signUp(id: string, input: ProfileInput, provenance: Provenance): Promise<ProfileView> {
    return this.#writes.run(id, async () => {
      const existing = await this.#profiles.fieldsOf(id, ['status']);
      if (existing?.status === 'ERASED')
        throw conflict('The profile of this sign-in was erased, and is not created again under it. Sign up with another sign-in.');
      if (existing) throw conflict('You already have a profile: sign in again to see it.');
      return this.create(input, provenance, id);
    });
  }

  async create(input: ProfileInput, provenance: Provenance, id: string = randomUUID()): Promise<ProfileView> {
    const key = await this.#keys.ensureKey(id);
    const identifiers = (input.identifiers ?? []).map((i) => this.#sealIdentifier(key, id, i, provenance));
    const claimed: string[] = [];
    try {
      for (const identifier of identifiers) {
        await this.#claim(identifier.index, identifier.source, id, provenance.at);
        claimed.push(identifier.index);
      }
      const emails = this.#sealContacts(key, id, 'emails', input.emails ?? [], provenance);
      const phones = this.#sealContacts(key, id, 'phones', input.phones ?? [], provenance);
      const doc: ProfileDoc = {
        _id: id,
        status: 'ACTIVE',
        ...listPlace(id),
        name: input.name ? { sealed: sealFor(key, id, 'name', input.name), provenance } : null,
        birthDate: input.birthDate ? { sealed: sealFor(key, id, 'birthDate', input.birthDate), provenance } : null,
        locale: input.locale ? { value: input.locale, provenance } : null,
        timeZone: input.timeZone ? { value: input.timeZone, provenance } : null,
        emails,
        phones,
        addresses: withOnePrimary((input.addresses ?? []).map((a) => this.#sealAddress(key, id, a, provenance))),
        identifiers,
        contactIndex: contactIndexOf([...emails, ...phones]),
        history: [],
        merges: [],
        createdAt: provenance.at,
        updatedAt: provenance.at,
        lastChangedBy: provenance,
        version: 1,
        outbox: [profileEvent('profile.created', id, provenance)],
      };
      await this.#profiles.insert(doc);
      return decodeProfile(doc, key);
    } catch (error) {
      await this.#release(claimed, id);
      await this.#keys.destroy(id);
      throw error;
    }
  }

  /** Corrects attributes; each changed value's predecessor goes to the history with the reason. */
  rectify(id: string, changes: Partial<Record<RectifiableAttribute, unknown>>, reason: string | null, provenance: Provenance) {
    return this.#mutate(
      id,
      provenance,
      (doc, key) => {
        const $set: Record<string, unknown> = {};
        const entries: StoredChange[] = [];
        const current = decodeProfile(doc, key);
        for (const attribute of ['name', 'birthDate', 'locale', 'timeZone'] as const) {
          if (!(attribute in changes) || changes[attribute] === undefined) continue;
          const next = changes[attribute] ?? null;
          const previous =
            attribute === 'name' ? (current.name ? stripProvenance(current.name) : null) : (current[attribute]?.value ?? null);
          if (JSON.stringify(previous) === JSON.stringify(next)) continue;
          entries.push(this.#historyEntry(key, id, attribute, previous, reason, provenance));
          $set[attribute] =
            next === null
              ? null
              : attribute === 'name' || attribute === 'birthDate'
                ? { sealed: sealFor(key, id, attribute, next), provenance }
                : { value: next, provenance };
        }
        return entries.length ? { $set, $push: { history: { $each: entries } } } : null;
      },
      { allowWhenRestricted: true },
    );
  }

  addContact(id: string, kind: ContactKind, input: ContactInput, provenance: Provenance) {
    return this.#mutate(id, provenance, (doc, key) => {
      const index = this.contactIndex(kind, input.value);
      const existing = doc[kind].find((p) => p.index === index);
      if (existing) {
        if (!input.verified || existing.verified) return null;
        return setContacts(
          doc,
          kind,
          doc[kind].map((p) => (p === existing ? verifiedPoint(p, input.verificationMethod, provenance) : p)),
        );
      }
      const [point] = this.#sealContacts(key, id, kind, [input], provenance);
      const points = [...doc[kind].map((p) => (input.primary ? { ...p, primary: false } : p)), point!];
      return setContacts(doc, kind, withOnePrimary(points));
    });
  }

  verifyContact(id: string, contactId: string, method: VerificationMethod, provenance: Provenance) {
    return this.#mutate(id, provenance, (doc) => {
      const kind = contactKindOf(doc, contactId);
      return setContacts(
        doc,
        kind,
        doc[kind].map((p) => (p.id === contactId ? verifiedPoint(p, method, provenance) : p)),
      );
    });
  }

  /**
   * Sends a one-time code to a contact point so its holder can prove it is theirs: the code goes
   * out through the outbox as `contact.verification_requested` (to the subscriber that sends
   * messages, e.g. the ESP), and only its keyed digest is kept. A new code replaces the last one,
   * at most one a minute.
   */
  requestVerification(id: string, contactId: string, provenance: Provenance) {
    return this.#mutate(
      id,
      provenance,
      (doc, key) => {
        const kind = contactKindOf(doc, contactId);
        const point = doc[kind].find((p) => p.id === contactId)!;
        if (point.verified) return null;
        const sentAt = point.challenge ? point.challenge.expiresAt.getTime() - VERIFICATION_CODE_TTL_MS : 0;
        if (provenance.at.getTime() - sentAt < VERIFICATION_RESEND_MS) {
          throw conflict('A code was sent to this contact point less than a minute ago; enter it, or ask again in a minute.');
        }
        const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
        const expiresAt = new Date(provenance.at.getTime() + VERIFICATION_CODE_TTL_MS);
        const challenge = { digest: this.#codeDigest(id, contactId, code), expiresAt, attempts: 0 };
        return {
          $set: { [kind]: doc[kind].map((p) => (p.id === contactId ? { ...p, challenge } : p)) },
          events: [
            profileEvent('contact.verification_requested', id, provenance, {
              contactId,
              kind: kind === 'emails' ? 'email' : 'phone',
              // The one event that carries a value: it is an instruction to send this code there.
              to: openFor<string>(key, id, `${kind}.${contactId}`, point.sealed),
              code,
              expiresAt: expiresAt.toISOString(),
              locale: doc.locale?.value ?? null,
            }),
          ],
        };
      },
      { allowWhenRestricted: true },
    );
  }

  /** Marks a contact point verified when `code` is the one last sent to it (ONE_TIME_CODE); five wrong tries spend the code. */
  async confirmVerification(id: string, contactId: string, code: string, provenance: Provenance) {
    let refusal: string | undefined;
    const view = await this.#mutate(
      id,
      provenance,
      (doc) => {
        refusal = undefined;
        const kind = contactKindOf(doc, contactId);
        const point = doc[kind].find((p) => p.id === contactId)!;
        if (point.verified) return null;
        const challenge = point.challenge;
        if (!challenge || challenge.expiresAt <= provenance.at || challenge.attempts >= VERIFICATION_MAX_TRIES) {
          refusal = 'This code has expired or was used up; ask for a new one.';
          return null;
        }
        const expected = Buffer.from(challenge.digest);
        const given = Buffer.from(this.#codeDigest(id, contactId, code.trim()));
        if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
          refusal = 'That code is not right; check it and try again.';
          const tried = { ...challenge, attempts: challenge.attempts + 1 };
          return { $set: { [kind]: doc[kind].map((p) => (p.id === contactId ? { ...p, challenge: tried } : p)) } };
        }
        return setContacts(
          doc,
          kind,
          doc[kind].map((p) => (p.id === contactId ? { ...verifiedPoint(p, 'ONE_TIME_CODE', provenance), challenge: null } : p)),
        );
      },
      { allowWhenRestricted: true },
    );
    if (refusal) throw badUserInput(refusal, 'code');
    return view;
  }

  removeContact(id: string, contactId: string, reason: string | null, provenance: Provenance) {
    return this.#mutate(
      id,
      provenance,
      (doc, key) => {
        const kind = contactKindOf(doc, contactId);
        const removed = doc[kind].find((p) => p.id === contactId)!;
        const previous = openFor<string>(key, id, `${kind}.${removed.id}`, removed.sealed);
        const update = setContacts(doc, kind, withOnePrimary(doc[kind].filter((p) => p.id !== contactId)));
        return {
          ...update,
          $push: { history: this.#historyEntry(key, id, kind === 'emails' ? 'email' : 'phone', previous, reason, provenance) },
        };
      },
      { allowWhenRestricted: true },
    );
  }

  addAddress(id: string, input: AddressInput, provenance: Provenance) {
    return this.#mutate(id, provenance, (doc, key) => {
      const address = this.#sealAddress(key, id, input, provenance);
      const others = doc.addresses.map((a) => (input.primary ? { ...a, primary: false } : a));
      return { $set: { addresses: withOnePrimary([...others, address]) } };
    });
  }

  removeAddress(id: string, addressId: string, reason: string | null, provenance: Provenance) {
    return this.#mutate(
      id,
      provenance,
      (doc, key) => {
        const removed = doc.addresses.find((a) => a.id === addressId);
        if (!removed) throw notFound('Address');
        const previous = openFor<PostalAddressValue>(key, id, `addresses.${addressId}`, removed.sealed);
        return {
          $set: { addresses: withOnePrimary(doc.addresses.filter((a) => a.id !== addressId)) },
          $push: { history: this.#historyEntry(key, id, 'address', previous, reason, provenance) },
        };
      },
      { allowWhenRestricted: true },
    );
  }

  async attachIdentifier(id: string, input: IdentifierInput, provenance: Provenance) {
    const index = this.identifierIndex(input);
    let claimedNow = false;
    try {
      return await this.#mutate(id, provenance, async (doc, key) => {
        if (doc.identifiers.some((i) => i.index === index)) return null;
        const identifier = this.#sealIdentifier(key, id, input, provenance);
        if (!claimedNow) {
          await this.#claim(index, input.source, id, provenance.at);
          claimedNow = true;
        }
        return { $push: { identifiers: identifier } };
      });
    } catch (error) {
      if (claimedNow) await this.#release([index], id);
      throw error;
    }
  }

  async detachIdentifier(id: string, input: IdentifierInput, reason: string | null, provenance: Provenance) {
    const index = this.identifierIndex(input);
    const view = await this.#mutate(
      id,
      provenance,
      (doc, key) => {
        const held = doc.identifiers.find((i) => i.index === index);
        if (!held) return null;
        const previous = { source: held.source, id: openFor<string>(key, id, `identifiers.${index}`, held.sealed) };
        return {
          $set: { identifiers: doc.identifiers.filter((i) => i.index !== index) },
          $push: { history: this.#historyEntry(key, id, 'identifier', previous, reason, provenance) },
        };
      },
      { allowWhenRestricted: true },
    );
    await this.#release([index], id);
    return view;
  }

  /**
   * Applies what a source system knows about a profile: attributes only where the source's change
   * is newer than the value's own time (an older change never overwrites a newer one), contact
   * points and addresses added when missing. Returns whether anything changed.
   */
  async applyFromSource(
    id: string,
    record: ProfileInput,
    occurredAt: Date,
    reason: string,
    provenance: Provenance,
  ): Promise<{ view: ProfileView; changed: boolean }> {
    let changed = false;
    const stamped: Provenance = { ...provenance, at: occurredAt };
    const view = await this.#mutate(id, provenance, (doc, key) => {
      const current = decodeProfile(doc, key);
      const $set: Record<string, unknown> = {};
      const entries: StoredChange[] = [];
      for (const attribute of ['name', 'birthDate', 'locale', 'timeZone'] as const) {
        const next = record[attribute];
        if (next === undefined || next === null) continue;
        const held = current[attribute];
        const previous = attribute === 'name' ? (current.name ? stripProvenance(current.name) : null) : (current[attribute]?.value ?? null);
        if (JSON.stringify(previous) === JSON.stringify(next)) continue;
        if (held && held.provenance.at > occurredAt) continue;
        if (previous !== null) entries.push(this.#historyEntry(key, id, attribute, previous, reason, stamped));
        $set[attribute] =
          attribute === 'name' || attribute === 'birthDate'
            ? { sealed: sealFor(key, id, attribute, next), provenance: stamped }
            : { value: next, provenance: stamped };
      }
      let emails = doc.emails;
      let phones = doc.phones;
      for (const [kind, inputs] of [
        ['emails', record.emails ?? []],
        ['phones', record.phones ?? []],
      ] as const) {
        for (const input of inputs) {
          const points = kind === 'emails' ? emails : phones;
          const index = this.contactIndex(kind, input.value);
          const existing = points.find((p) => p.index === index);
          const next = existing
            ? input.verified && !existing.verified
              ? points.map((p) => (p === existing ? verifiedPoint(p, input.verificationMethod, stamped) : p))
              : points
            : withOnePrimary([...points, ...this.#sealContacts(key, id, kind, [{ ...input, primary: false }], stamped)]);
          if (kind === 'emails') emails = next;
          else phones = next;
        }
      }
      if (emails !== doc.emails || phones !== doc.phones) {
        $set.emails = emails;
        $set.phones = phones;
        $set.contactIndex = contactIndexOf([...emails, ...phones]);
      }
      const addresses = this.#sourceAddresses(doc, key, current.addresses, record.addresses ?? [], provenance.source, stamped, (previous) =>
        entries.push(this.#historyEntry(key, id, 'address', previous, reason, stamped)),
      );
      if (addresses) $set.addresses = addresses;
      if (!Object.keys($set).length) return null;
      changed = true;
      return entries.length ? { $set, $push: { history: { $each: entries } } } : { $set };
    });
    return { view, changed };
  }

  /** Profile ids holding this email or phone (duplicates included), merged-away ones excluded. */
  idsByContact(kind: ContactKind, value: string): Promise<string[]> {
    return this.#profiles.idsByContactIndex(this.contactIndex(kind, value));
  }

  async idByIdentifier(input: IdentifierInput): Promise<string | null> {
    const found = await this.#claims.byIndex(this.identifierIndex(input));
    return found?.profileId ?? null;
  }

  #codeDigest(subjectId: string, contactId: string, code: string): string {
    return this.#blindIndex('verification-code', `${subjectId}\u0000${contactId}\u0000${code}`);
  }

  #sealContacts(key: Buffer, subjectId: string, kind: ContactKind, inputs: ContactInput[], provenance: Provenance) {
    const seen = new Set<string>();
    const points: StoredContactPoint[] = [];
    for (const input of inputs) {
      const index = this.contactIndex(kind, input.value);
      if (seen.has(index)) continue;
      seen.add(index);
      const id = randomUUID();
      points.push({
        id,
        sealed: sealFor(key, subjectId, `${kind}.${id}`, input.value.trim()),
        index,
        verified: input.verified ?? false,
        verifiedAt: input.verified ? provenance.at : null,
        verificationMethod: input.verified ? (input.verificationMethod ?? 'SOURCE_SYSTEM') : null,
        primary: input.primary ?? false,
        provenance,
      });
    }
    return withOnePrimary(points);
  }

  #sealAddress(key: Buffer, subjectId: string, input: AddressInput, provenance: Provenance): StoredAddress {
    const id = randomUUID();
    const { label, primary, ...value } = input;
    if (!value.lines.length || value.lines.some((l) => !l.trim()))
      throw badUserInput('An address needs at least one non-empty line.', 'lines');
    return { id, sealed: sealFor(key, subjectId, `addresses.${id}`, value), label: label ?? null, primary: primary ?? false, provenance };
  }

  #sealIdentifier(key: Buffer, subjectId: string, input: IdentifierInput, provenance: Provenance): StoredIdentifier {
    if (!isSourceName(input.source)) throw badUserInput(`source must be ${SOURCE_RULE}.`, 'source');
    if (!input.id.trim() || input.id.length > 200) throw badUserInput('An identifier needs 1-200 characters.', 'id');
    const index = this.identifierIndex(input);
    return { source: input.source, sealed: sealFor(key, subjectId, `identifiers.${index}`, input.id.trim()), index, provenance };
  }

  /**
   * Claims an identifier for a profile. The claim is written before the profile (no transactions):
   * a claim left behind by a crash points at a profile that does not list it, and is taken over.
   */
  async #claim(index: string, source: string, profileId: string, at: Date): Promise<void> {
    if (await this.#claims.insert({ _id: index, profileId, source, claimedAt: at })) return;
    // A takeover is a read-modify-write of the claim: held in every replica, so two profiles
    // taking over the same orphaned claim cannot both succeed.
    await this.#claimLocks.run(index, async () => {
      const existing = await this.#claims.byIndex(index);
      if (!existing || existing.profileId === profileId) return;
      if (await this.#profiles.holdsIdentifier(existing.profileId, index))
        throw conflict(`This ${source} identifier already belongs to another profile.`);
      if (!(await this.#claims.takeOver(index, existing.profileId, profileId, at)))
        throw conflict(`This ${source} identifier was claimed concurrently; try again.`);
    });
  }

  #release(indexes: string[], profileId: string) {
    return this.#claims.release(indexes, profileId);
  }

  /**
   * Reads, lets `change` compute one update, and writes it holding the profile's lock in every
   * replica (FerretDB v1 applies even a conditional update as read-then-write, so the lock is what
   * keeps concurrent changes); the version check stays as a second guard.
   */
  #mutate(
    id: string,
    provenance: Provenance,
    change: (doc: ProfileDoc, key: Buffer) => Update | null | Promise<Update | null>,
    options: { allowWhenRestricted?: boolean } = {},
  ): Promise<ProfileView> {
    return this.#writes.run(id, () => this.#mutateNow(id, provenance, change, options));
  }

  async #mutateNow(
    id: string,
    provenance: Provenance,
    change: (doc: ProfileDoc, key: Buffer) => Update | null | Promise<Update | null>,
    { allowWhenRestricted = false } = {},
  ): Promise<ProfileView> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const doc = await this.#profiles.byId(id);
      if (!doc || doc.status === 'ERASED') throw notFound('Profile');
      if (doc.status === 'MERGED') throw conflict(`This profile was merged into ${doc.mergedInto}; change that profile instead.`);
      if (doc.status === 'RESTRICTED' && !allowWhenRestricted) throw restricted();
      const key = await this.#keys.ensureKey(id);
      const update = await change(doc, key);
      if (!update) return decodeProfile(doc, key);
      // The event rides in the same write as the change (the outbox): both or neither.
      const { events = [], ...changes } = update;
      const event = profileEvent('profile.updated', id, provenance, { fields: changedAttributes(changes) });
      const written = await this.#profiles.writeAtVersion(id, doc.version, {
        ...changes,
        $set: { ...changes.$set, updatedAt: provenance.at, lastChangedBy: provenance },
        $push: { ...changes.$push, outbox: events.length ? { $each: [event, ...events] } : event },
      });
      if (written) return decodeProfile(written, key);
    }
    throw conflict('The profile kept changing while this change was applied; try again.');
  }

  #historyEntry(key: Buffer, subjectId: string, attribute: string, previous: unknown, reason: string | null, by: Provenance): StoredChange {
    const id = randomUUID();
    return {
      id,
      attribute,
      previous: previous === null || previous === undefined ? null : sealFor(key, subjectId, `history.${id}`, previous),
      reason,
      at: by.at,
      by,
    };
  }

  /**
   * The addresses after a source system sent the ones it holds now: the addresses it gave before and
   * no longer lists are corrected away (their values go to the history), new ones are added, and
   * addresses from anybody else stay. A list older than what this source gave last changes nothing;
   * an empty list changes nothing either (a source removes an address by sending its replacement).
   * Returns null when nothing changes.
   */
  #sourceAddresses(
    doc: ProfileDoc,
    key: Buffer,
    held: readonly (PostalAddressValue & { id: string; provenance: Provenance })[],
    sent: readonly AddressInput[],
    source: string,
    stamped: Provenance,
    remember: (previous: PostalAddressValue) => void,
  ): StoredAddress[] | null {
    if (!sent.length) return null;
    const ours = doc.addresses.filter((a) => a.provenance.source === source);
    if (ours.some((a) => a.provenance.at > stamped.at)) return null;
    const sentKeys = new Set(sent.map(addressKey));
    const heldKeys = new Map(held.map((a) => [a.id, addressKey(a)]));
    const dropped = ours.filter((a) => !sentKeys.has(heldKeys.get(a.id)!));
    const keptKeys = new Set(doc.addresses.filter((a) => !dropped.includes(a)).map((a) => heldKeys.get(a.id)!));
    const added = sent.filter((a) => !keptKeys.has(addressKey(a)));
    if (!dropped.length && !added.length) return null;
    for (const address of dropped) {
      const { lines, city, postalCode, region, country } = held.find((h) => h.id === address.id)!;
      remember({ lines, city, postalCode: postalCode ?? null, region: region ?? null, country });
    }
    const primaryDropped = dropped.some((a) => a.primary);
    const fresh = added.map((a, i) => this.#sealAddress(key, doc._id, { ...a, primary: primaryDropped && i === 0 }, stamped));
    return withOnePrimary([...doc.addresses.filter((a) => !dropped.includes(a)), ...fresh]);
  }
}

/**
 * An identity event for subscribers: which attributes changed and which client changed them (so
 * the change is not echoed back to the system it came from), never a value: a subscriber reads
 * what its purpose allows through the graph.
 */
export const profileEvent = (type: string, id: string, by: Provenance, data: Record<string, unknown> = {}) =>
  domainEvent('identity', type, id, by.at, { ...data, origin: by.source });

/** Public names of the attributes an update changes (internal indexes and the history left out). */
const changedAttributes = (update: Update) =>
  [...new Set([...Object.keys(update.$set ?? {}), ...Object.keys(update.$push ?? {})])]
    .filter((field) => field !== 'contactIndex' && field !== 'history')
    .sort();

const stripProvenance = ({ provenance: _p, ...rest }: PersonName & { provenance: unknown }): PersonName => rest;

function withOnePrimary<T extends { primary: boolean }>(items: T[]): T[] {
  if (items.length === 0 || items.filter((i) => i.primary).length === 1) return items;
  const firstPrimary = items.findIndex((i) => i.primary);
  return items.map((item, i) => ({ ...item, primary: i === (firstPrimary === -1 ? 0 : firstPrimary) }));
}

function contactKindOf(doc: ProfileDoc, contactId: string): ContactKind {
  if (doc.emails.some((p) => p.id === contactId)) return 'emails';
  if (doc.phones.some((p) => p.id === contactId)) return 'phones';
  throw notFound('Contact point');
}

const verifiedPoint = (
  p: StoredContactPoint,
  method: VerificationMethod | null | undefined,
  provenance: Provenance,
): StoredContactPoint => ({
  ...p,
  verified: true,
  verifiedAt: provenance.at,
  verificationMethod: method ?? 'SOURCE_SYSTEM',
  provenance,
});

function setContacts(doc: ProfileDoc, kind: ContactKind, points: StoredContactPoint[]): Update {
  const other = kind === 'emails' ? doc.phones : doc.emails;
  return { $set: { [kind]: points, contactIndex: contactIndexOf([...points, ...other]) } };
}

/**
 * Emails and phones one profile holds, together. The blind indexes of all of them are one indexed
 * value, and PostgreSQL indexes a value of at most 2,704 bytes (about 40 indexes): a profile past
 * that could not be written at all on the embedded database.
 */
export const MAX_CONTACT_POINTS = 25;

/** The lookup values of a profile's contact points; BAD_USER_INPUT past MAX_CONTACT_POINTS. */
export function contactIndexOf(points: readonly StoredContactPoint[]): string[] {
  if (points.length > MAX_CONTACT_POINTS)
    throw badUserInput(
      `A profile holds at most ${MAX_CONTACT_POINTS} emails and phones together (this would make ${points.length}); remove some first.`,
      'emails',
    );
  return points.map((p) => p.index);
}
