// The scale bench's fast loader: writes customers straight into the subgraphs' databases, the
// very documents the product writes for them, in batches, instead of one API call at a time.
//
// How each document is made:
// - identity (subject key, profile, identifier claim, applied source event): by the identity
//   subgraph's own profile service (`ProfileService.create`, what a source sync runs for a new
//   record), with its writes collected and inserted in batches through the subgraph's models;
// - consent (subject key, ledger entry, head, import marker): by the consent service's own entry
//   builder (`importedDecision`, `ledgerEntryAfter`, what `importConsents` appends);
// - preference (an interest) and offer (a dismissal): the document each store's upsert leaves
//   for a new customer, written here, because those stores build it inside their write.
// Every document is as the product holds it once the outbox relays have run (no events pending).
// `documentShapes` lets the bench compare them, field by field, with what the public API wrote.
import mongoose, { type Connection, type Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { loadCryptoConfig } from '#kit/crypto/cryptoConfig.ts';
import { newSubjectKey, subjectKeyStore, type SubjectKeyDoc } from '#kit/crypto/subjectKeys.ts';
import { shapeOf } from '#kit/queryLog.ts';
import { importedDecision, ledgerEntryAfter, type ImportRecord } from '../../subgraphs/consent/src/services/consentService.ts';
import { consentStore } from '../../subgraphs/consent/src/store/consentStore.ts';
import type { ProfileDoc } from '../../subgraphs/identity/src/models/Profile.ts';
import { ProfileService } from '../../subgraphs/identity/src/services/profileService.ts';
import { profileInputOf, type SourceRecordInput } from '../../subgraphs/identity/src/services/sourceSync.ts';
import type { IdentifierClaimDoc } from '../../subgraphs/identity/src/models/IdentifierClaim.ts';
import { identityStore } from '../../subgraphs/identity/src/store/identityStore.ts';
import { offerResponseModel } from '../../subgraphs/offer/src/models/OfferResponse.ts';
import { preferenceSetModel } from '../../subgraphs/preference/src/models/PreferenceSet.ts';
import { applyInterest } from '../../subgraphs/preference/src/domain/interests.ts';

/** What the bench loads for customer `i`: the same through the API and through this loader. */
export interface ScaleCustomer {
  record: SourceRecordInput;
  email: string;
  /** A marketing-offers consent (imported), for every second customer. */
  consent: boolean;
  /** An interest in a topic, for every fifth. */
  interest: string | null;
  /** An offer turned down, for every tenth. */
  dismissal: string | null;
}

export const SCALE_SOURCE = 'scale';
export const SCALE_PURPOSE = 'personalised-offers';

export function scaleCustomer(i: number): ScaleCustomer {
  const email = `customer${i}@scale.example.com`;
  return {
    record: {
      eventId: `scale-${i}`,
      identifier: { source: SCALE_SOURCE, id: `S-${i}` },
      name: { given: `Customer${i}`, family: 'Scale' },
      emails: [{ address: email, verified: true }],
      addresses: [{ lines: [`${i} Scale Street`], city: 'Leeds', country: i % 3 ? 'GB' : 'IE' }],
      locale: 'en-GB',
    },
    email,
    consent: i % 2 === 0,
    interest: i % 5 === 0 ? 'running' : null,
    dismissal: i % 10 === 0 ? 'offer-0' : null,
  };
}

/** The consent import record for a customer, as the bench sends it to `importConsents`. */
export const consentRecordOf = (i: number, profileId: string): ImportRecord => ({
  recordId: `c-${i}`,
  subjectId: profileId,
  purpose: SCALE_PURPOSE,
  channel: 'WEB',
  status: 'GRANTED',
  givenAt: new Date('2026-01-01T00:00:00Z'),
  noticeVersion: 1,
  collectionPoint: 'scale bench',
});

/** Collections the loader writes, by subgraph: what `documentShapes` compares. */
export const LOADED_COLLECTIONS = {
  identity: ['profiles', 'subject_keys', 'identifier_claims', 'source_events'],
  consent: ['consent_ledger', 'consent_ledger_heads', 'consent_imports', 'subject_keys'],
  preference: ['preference_sets'],
  offer: ['offer_responses'],
} as const;

export interface FastLoader {
  /** Writes customers `from` … `to - 1`; returns their profile ids in order. */
  load(from: number, to: number, progress: (done: number) => void): Promise<string[]>;
  /** The shape (fields and value types, no values) of every document the loader or the API wrote about a profile. */
  documentShapes(profileId: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/** How many customers go in one batch of inserts, and how many batches are written at once. */
const BATCH = 500;
const BATCHES_AT_ONCE = 4;

/** Documents straight into `model`'s collection through the driver, unordered (their ids are strings, as stored). */
const rawInsert = (model: Model<any>, docs: readonly { _id: string }[]) =>
  model.db.db!.collection<{ _id: string }>(model.collection.collectionName).insertMany(docs, { ordered: false });

export async function fastLoader({
  mongoUri,
  databasePrefix,
  env,
}: {
  mongoUri: string;
  databasePrefix: string;
  /** The stack's crypto settings (KEY_ENCRYPTION_KEYS, BLIND_INDEX_KEY): the documents must be readable by it. */
  env: Record<string, string | undefined>;
}): Promise<FastLoader> {
  const { keyRing, blindIndex } = loadCryptoConfig(env);
  const open = (name: string) => mongoose.createConnection(mongoUri, { dbName: `${databasePrefix}_${name}` }).asPromise();
  const connections: Record<keyof typeof LOADED_COLLECTIONS, Connection> = {
    identity: await open('identity'),
    consent: await open('consent'),
    preference: await open('preference'),
    offer: await open('offer'),
  };
  const identity = identityStore(connections.identity);
  const consent = consentStore(connections.consent);
  const identityKeys = subjectKeyStore(connections.identity, keyRing);
  const consentKeyModel = subjectKeyStore(connections.consent, keyRing).model;
  const preferenceSets = preferenceSetModel(connections.preference);
  const offerResponses = offerResponseModel(connections.offer);
  const found = await consent.catalogue.get(SCALE_PURPOSE);
  if (!found) throw new Error(`The purpose ${SCALE_PURPOSE} is not in the catalogue: the bench creates it before loading.`);
  const purpose = found;
  const by: Provenance = { source: 'development', channel: 'development', actor: null, at: new Date() };

  async function loadBatch(from: number, to: number): Promise<string[]> {
    const written: { profiles: ProfileDoc[]; claims: IdentifierClaimDoc[]; keys: SubjectKeyDoc[] } = { profiles: [], claims: [], keys: [] };
    // The identity service as a source sync runs it, its writes collected instead of sent one by one.
    const service = new ProfileService({
      profiles: {
        ...identity.profiles,
        insert: async (doc) => {
          written.profiles.push({ ...doc, outbox: [] });
        },
      },
      claims: {
        ...identity.claims,
        insert: async (claim) => {
          written.claims.push(claim);
          return true;
        },
      },
      keys: {
        ...identityKeys,
        ensureKey: async (subjectId) => {
          const { dataKey, doc } = newSubjectKey(keyRing, subjectId, by.at);
          written.keys.push(doc);
          return dataKey;
        },
      },
      blindIndex,
    });
    const ids: string[] = [];
    const consentKeys: SubjectKeyDoc[] = [];
    const entries = [];
    const heads = [];
    const imports = [];
    const sets = [];
    const responses = [];
    const events = [];
    for (let i = from; i < to; i += 1) {
      const customer = scaleCustomer(i);
      const view = await service.create({ ...profileInputOf(customer.record), identifiers: [customer.record.identifier] }, by);
      ids.push(view.id);
      events.push({ _id: `${SCALE_SOURCE}:${customer.record.eventId}`, status: 'CREATED', profileId: view.id, appliedAt: by.at });
      if (customer.consent) {
        const record = consentRecordOf(i, view.id);
        const { dataKey, doc: key } = newSubjectKey(keyRing, view.id, by.at);
        const { content, personal } = importedDecision(record, purpose, 'development', by);
        const entry = ledgerEntryAfter(null, { subjectId: view.id, type: 'DECISION', content, personal, at: by.at }, dataKey);
        consentKeys.push(key);
        entries.push(entry);
        heads.push({ _id: view.id, seq: entry.seq, hash: entry.hash, at: by.at });
        imports.push({ _id: `development:${record.recordId}`, subjectId: view.id, seq: entry.seq, importedAt: by.at });
      }
      if (customer.interest) {
        const interest = applyInterest(undefined, { interested: true, source: 'STATED', at: by.at, by })!;
        sets.push({
          _id: view.id,
          interests: { [customer.interest]: interest },
          updatedAt: by.at,
          lastChangedBy: by,
          // The previous value, no interests at all, is an empty object, which mongoose leaves out of the upsert.
          history: [{ field: 'interests', at: by.at, by }],
          outbox: [],
          channels: {},
          topicChannels: {},
          frequencyCaps: {},
        });
      }
      if (customer.dismissal) {
        responses.push({
          _id: view.id,
          dismissals: [{ offerId: customer.dismissal, at: by.at, by }],
          snoozes: [],
          hiddenTopics: [],
          redemptions: [],
          updatedAt: by.at,
          outbox: [],
        });
      }
    }
    // Straight to the collections: the documents are already as mongoose would cast them (the
    // bench compares their shapes with the API's), and casting a million of them again in this
    // process would cost more than the database's work.
    await Promise.all([
      rawInsert(identityKeys.model, written.keys),
      rawInsert(identity.models.profiles, written.profiles),
      rawInsert(identity.models.claims, written.claims),
      rawInsert(identity.models.sourceEvents, events),
      consentKeys.length && rawInsert(consentKeyModel, consentKeys),
      entries.length && rawInsert(consent.models.ledger, entries),
      heads.length && rawInsert(consent.models.heads, heads),
      imports.length && rawInsert(consent.models.imports, imports),
      sets.length && rawInsert(preferenceSets, sets),
      responses.length && rawInsert(offerResponses, responses),
    ]);
    return ids;
  }

  return {
    async load(from, to, progress) {
      const starts = Array.from({ length: Math.ceil((to - from) / BATCH) }, (_, k) => from + k * BATCH);
      const ids: string[][] = new Array(starts.length);
      let done = 0;
      for (let k = 0; k < starts.length; k += BATCHES_AT_ONCE) {
        await Promise.all(
          starts.slice(k, k + BATCHES_AT_ONCE).map(async (start, j) => {
            ids[k + j] = await loadBatch(start, Math.min(start + BATCH, to));
            done += ids[k + j]!.length;
          }),
        );
        progress(done);
      }
      return ids.flat();
    },

    async documentShapes(profileId) {
      const shapes: Record<string, string> = {};
      for (const subgraph of ['identity', 'consent', 'preference', 'offer'] as const) {
        const collections: readonly string[] = LOADED_COLLECTIONS[subgraph];
        for (const name of collections) {
          const field = ['profiles', 'subject_keys', 'consent_ledger_heads', 'preference_sets', 'offer_responses'].includes(name)
            ? '_id'
            : name === 'identifier_claims' || name === 'source_events'
              ? 'profileId'
              : 'subjectId';
          const doc = await connections[subgraph].db!.collection(name).findOne({ [field]: profileId });
          shapes[`${subgraph}.${name}`] = doc ? JSON.stringify(shapeOf(doc)) : 'none';
        }
      }
      return shapes;
    },

    async close() {
      await Promise.all(Object.values(connections).map((c) => c.close()));
    },
  };
}
