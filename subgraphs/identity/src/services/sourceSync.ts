import type { Provenance } from '#kit/authorize.ts';
import { assertImportSize, eachRecord } from '#kit/batchImport.ts';
import { badUserInput } from '#kit/errors.ts';
import { normalizeIdentifier } from '#kit/crypto/blindIndex.ts';
import type { Logger } from '#kit/log.ts';
import { scalarResolvers } from '#kit/scalars.ts';
import type { SourceEventDoc } from '../models/SourceEvent.ts';
import type { VerificationMethod } from '../models/Profile.ts';
import type { SourceEventStore } from '../store/sourceEventStore.ts';
import type { PersonName } from '../domain/profileView.ts';
import type { IdentityResolution } from './identityResolution.ts';
import type { IdentifierInput, ProfileInput, ProfileService } from './profileService.ts';
import { messageOf } from '#kit/guards.ts';

/** Customers of one batch applied side by side. */
const SYNC_AT_ONCE = 8;

/** One record as a source system sends it: values are plain strings, checked record by record. */
export interface SourceRecordInput {
  eventId: string;
  identifier: IdentifierInput;
  occurredAt?: Date | null;
  name?: PersonName | null;
  emails?: { address: string; verified?: boolean | null; verificationMethod?: VerificationMethod | null }[] | null;
  phones?: { number: string; verified?: boolean | null; verificationMethod?: VerificationMethod | null }[] | null;
  addresses?:
    { lines: string[]; city: string; postalCode?: string | null; region?: string | null; country: string; label?: string | null }[] | null;
  birthDate?: string | null;
  locale?: string | null;
  timeZone?: string | null;
}

export type UpsertStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';

export interface SourceRecordResult {
  eventId: string;
  status: UpsertStatus;
  profileId: string | null;
  reason: string | null;
  code: string | null;
}

/** Checks one value with the same (text) scalar the API uses, naming the field on failure. */
function checked(scalar: keyof typeof scalarResolvers, value: unknown, field: string): string {
  let parsed: unknown;
  try {
    parsed = scalarResolvers[scalar].parseValue(value);
  } catch (error) {
    throw badUserInput(`${field}: ${messageOf(error)}`, field);
  }
  if (typeof parsed !== 'string') throw badUserInput(`${field}: expected text.`, field);
  return parsed;
}

/** A source record as the profile service takes it, each value checked by the scalar the API uses. */
export function profileInputOf(record: SourceRecordInput): ProfileInput {
  const optional = (scalar: keyof typeof scalarResolvers, value: string | null | undefined, field: string) =>
    value === undefined || value === null ? value : checked(scalar, value, field);
  return {
    name: record.name,
    birthDate: optional('LocalDate', record.birthDate, 'birthDate'),
    locale: optional('Locale', record.locale, 'locale'),
    timeZone: optional('TimeZone', record.timeZone, 'timeZone'),
    emails: record.emails?.map((e, i) => ({ ...e, value: checked('EmailAddress', e.address, `emails[${i}].address`) })),
    phones: record.phones?.map((p, i) => ({ ...p, value: checked('PhoneNumber', p.number, `phones[${i}].number`) })),
    addresses: record.addresses?.map((a, i) => ({ ...a, country: checked('CountryCode', a.country, `addresses[${i}].country`) })),
  };
}

/**
 * Creates or updates profiles from a source system's batch, matched by external identifier.
 * Idempotent by event id (`source:eventId`): a replayed event is UNCHANGED. Each record gets its
 * own result; one bad record never fails the others.
 */
export class SourceSync {
  readonly #events: SourceEventStore;
  readonly #service: ProfileService;
  readonly #resolution: IdentityResolution;
  readonly #log: Logger;

  constructor({
    events,
    service,
    resolution,
    log,
  }: {
    events: SourceEventStore;
    service: ProfileService;
    resolution: IdentityResolution;
    log: Logger;
  }) {
    this.#events = events;
    this.#resolution = resolution;
    this.#service = service;
    this.#log = log;
  }

  async upsert(source: string, records: SourceRecordInput[], provenance: Provenance): Promise<SourceRecordResult[]> {
    assertImportSize(records);
    const keyOf = (eventId: string) => `${source}:${eventId}`;
    const applied = new Map((await this.#events.byKeys(records.map((r) => keyOf(r.eventId)))).map((e) => [e._id, e]));
    // Read once for the batch, and only if a record gets that far.
    let rules: ReturnType<IdentityResolution['rulesInForce']> | undefined;
    const rulesInForce = () => (rules ??= this.#resolution.rulesInForce());

    const apply = async (record: SourceRecordInput): Promise<SourceRecordResult> => {
      const key = keyOf(record.eventId);
      const earlier = applied.get(key);
      if (earlier) {
        return {
          eventId: record.eventId,
          status: 'UNCHANGED',
          profileId: earlier.profileId,
          reason: 'This event was already applied.',
          code: null,
        };
      }
      if (!record.eventId.trim()) throw badUserInput('eventId must not be empty.', 'eventId');
      const input = profileInputOf(record);
      const occurredAt = record.occurredAt ?? provenance.at;
      if (occurredAt.getTime() > provenance.at.getTime() + 5 * 60_000) throw badUserInput('occurredAt is in the future.', 'occurredAt');
      const existing = await this.#service.idByIdentifier(record.identifier);
      let status: Exclude<UpsertStatus, 'REJECTED'>;
      let profileId: string;
      if (!existing) {
        profileId = (await this.#service.create({ ...input, identifiers: [record.identifier] }, { ...provenance, at: occurredAt })).id;
        status = 'CREATED';
      } else {
        const { view, changed } = await this.#service.applyFromSource(
          existing,
          input,
          occurredAt,
          `${source} event ${record.eventId}`,
          provenance,
        );
        profileId = view.id;
        status = changed ? 'UPDATED' : 'UNCHANGED';
      }
      // Before the event counts as applied: after a crash here the source's retry applies nothing
      // new, but resolves again.
      const rules = await rulesInForce();
      if (rules.length) profileId = (await this.#resolution.resolve(profileId, { rules })).profileId;
      const done: SourceEventDoc = { _id: key, status, profileId, appliedAt: provenance.at };
      await this.#events.insertOnce(done);
      applied.set(key, done);
      return { eventId: record.eventId, status, profileId, reason: null, code: null };
    };

    // Records about different customers are independent: SYNC_AT_ONCE of them are applied side
    // by side. Records sharing an identifier (or an event id) are applied one after another, in
    // the order sent, so a later record sees what an earlier one did. A record that throws is
    // rejected with its code and the others go on, as in every batch import (kit/batchImport.ts).
    return eachRecord(records, {
      keysOf: (record) => [`id:${normalizeIdentifier(record.identifier.source, record.identifier.id)}`, `event:${record.eventId}`],
      atOnce: SYNC_AT_ONCE,
      nameOf: (record) => keyOf(record.eventId),
      apply,
      rejected: (record, { reason, code }) => ({ eventId: record.eventId, status: 'REJECTED', profileId: null, reason, code }),
      log: this.#log,
    });
  }
}
