import { Schema, type Connection, type Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { withOutbox, type OutboxDoc } from '#kit/events/outbox.ts';
import { provenanceSchema } from '#kit/provenance.ts';

/**
 * One document per profile. Every personal value is sealed (AES-256-GCM) with the subject's data
 * key and bound to this document and field; lookups go through blind indexes. Locale and time
 * zone stay readable: they identify nobody and processing needs them.
 */
export type ProfileStatus = 'ACTIVE' | 'RESTRICTED' | 'ERASED' | 'MERGED';
export type VerificationMethod = 'DOUBLE_OPT_IN' | 'ONE_TIME_CODE' | 'AGENT_CHECK' | 'SOURCE_SYSTEM' | 'IDENTITY_PROVIDER';

export interface SealedAttribute {
  sealed: string;
  provenance: Provenance;
}

export interface PlainAttribute {
  value: string;
  provenance: Provenance;
}

export interface StoredContactPoint {
  id: string;
  sealed: string;
  /** Blind index of the normalized value. */
  index: string;
  verified: boolean;
  verifiedAt?: Date | null;
  verificationMethod?: VerificationMethod | null;
  /** A one-time code sent to this contact point and not yet entered: its keyed digest, expiry and wrong tries. */
  challenge?: VerificationChallenge | null;
  primary: boolean;
  provenance: Provenance;
}

export interface VerificationChallenge {
  digest: string;
  expiresAt: Date;
  attempts: number;
}

export interface StoredAddress {
  id: string;
  sealed: string;
  label?: string | null;
  primary: boolean;
  provenance: Provenance;
}

export interface StoredIdentifier {
  source: string;
  sealed: string;
  index: string;
  provenance: Provenance;
}

export interface StoredChange {
  id: string;
  attribute: string;
  /** The value before the change, sealed; absent when there was none. */
  previous?: string | null;
  reason?: string | null;
  at: Date;
  by: Provenance;
}

export interface StoredMerge {
  id: string;
  mergedProfileId: string;
  reason: string;
  at: Date;
  by: Provenance;
  /** The survivor's own (already sealed) fields before the merge: what unmerge restores. */
  snapshot: MergeSnapshot;
  /** The merged profile's status before the merge, restored by unmerge. */
  mergedStatus: 'ACTIVE' | 'RESTRICTED';
  /** Profiles that had been merged into the merged one, re-pointed to the survivor. */
  repointed: string[];
  undoneAt?: Date | null;
  undoneBy?: Provenance | null;
  /** The resolution rule under which identity merged them itself; absent when staff merged them. */
  rule?: string | null;
}

export type MergeSnapshot = Pick<
  ProfileDoc,
  'name' | 'birthDate' | 'locale' | 'timeZone' | 'emails' | 'phones' | 'addresses' | 'identifiers' | 'contactIndex'
>;

/** `outbox`: events about this profile not yet handed to the event delivery engine (kit/src/events/outbox.ts). */
export interface ProfileDoc extends OutboxDoc {
  _id: string;
  status: ProfileStatus;
  /** Which of LIST_CELLS parts of the profile list it sits in (listCellOf its id). */
  listCell?: number;
  /** Its cell's bucket: CELLS_PER_BUCKET cells. */
  listBucket?: number;
  /** Its cell's shelf: CELLS_PER_SHELF cells, read at once while the list is sparse. */
  listShelf?: number;
  /** Set by the write that commits a merge or unmerge, cleared once its follow-up writes are done. */
  mergeFollowUp?: boolean;
  /** Set while restricted (Art. 18) or erased; restores ACTIVE when a restriction is lifted. */
  restrictedAt?: Date | null;
  mergedInto?: string | null;
  name?: SealedAttribute | null;
  birthDate?: SealedAttribute | null;
  locale?: PlainAttribute | null;
  timeZone?: PlainAttribute | null;
  emails: StoredContactPoint[];
  phones: StoredContactPoint[];
  addresses: StoredAddress[];
  identifiers: StoredIdentifier[];
  /** Blind indexes of every email and phone: finds profiles, and duplicates, by contact point. */
  contactIndex: string[];
  history: StoredChange[];
  merges: StoredMerge[];
  createdAt: Date;
  updatedAt: Date;
  lastChangedBy: Provenance;
  /** Optimistic concurrency: every write names the version it read. */
  version: number;
}

const sealedAttribute = new Schema({ sealed: String, provenance: provenanceSchema }, { _id: false });
const plainAttribute = new Schema({ value: String, provenance: provenanceSchema }, { _id: false });
const contactPoint = new Schema(
  {
    id: String,
    sealed: String,
    index: String,
    verified: Boolean,
    verifiedAt: Date,
    verificationMethod: String,
    challenge: new Schema({ digest: String, expiresAt: Date, attempts: Number }, { _id: false }),
    primary: Boolean,
    provenance: provenanceSchema,
  },
  { _id: false },
);

const profileSchema = new Schema<ProfileDoc>(
  {
    _id: { type: String, required: true },
    status: { type: String, enum: ['ACTIVE', 'RESTRICTED', 'ERASED', 'MERGED'], required: true },
    listCell: Number,
    listBucket: Number,
    listShelf: Number,
    mergeFollowUp: Boolean,
    restrictedAt: Date,
    mergedInto: String,
    name: sealedAttribute,
    birthDate: sealedAttribute,
    locale: plainAttribute,
    timeZone: plainAttribute,
    emails: { type: [contactPoint], default: [] },
    phones: { type: [contactPoint], default: [] },
    addresses: {
      type: [new Schema({ id: String, sealed: String, label: String, primary: Boolean, provenance: provenanceSchema }, { _id: false })],
      default: [],
    },
    identifiers: {
      type: [new Schema({ source: String, sealed: String, index: String, provenance: provenanceSchema }, { _id: false })],
      default: [],
    },
    contactIndex: { type: [String], default: [] },
    history: {
      type: [
        new Schema({ id: String, attribute: String, previous: String, reason: String, at: Date, by: provenanceSchema }, { _id: false }),
      ],
      default: [],
    },
    merges: {
      type: [
        new Schema(
          {
            id: String,
            mergedProfileId: String,
            reason: String,
            at: Date,
            by: provenanceSchema,
            snapshot: Schema.Types.Mixed,
            mergedStatus: String,
            repointed: [String],
            undoneAt: Date,
            undoneBy: provenanceSchema,
            rule: String,
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    lastChangedBy: { type: provenanceSchema, required: true },
    version: { type: Number, required: true },
  },
  { collection: 'profiles', versionKey: false },
);
withOutbox(profileSchema);
profileSchema.index({ contactIndex: 1 });
profileSchema.index({ mergedInto: 1 });
profileSchema.index({ listCell: 1 });
profileSchema.index({ listBucket: 1 });
profileSchema.index({ listShelf: 1 });
profileSchema.index({ mergeFollowUp: 1 }, { sparse: true });
profileSchema.index({ 'merges.mergedProfileId': 1 });

export const profileModel = (connection: Connection): Model<ProfileDoc> => connection.model<ProfileDoc>('Profile', profileSchema);
