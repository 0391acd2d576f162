import { Schema, type Connection, type Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { provenanceSchema } from '#kit/provenance.ts';
import { CONSENT_CHANNELS } from '../domain/channels.ts';

export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];
export const LEGAL_BASES = ['CONSENT', 'CONTRACT', 'LEGITIMATE_INTEREST', 'LEGAL_OBLIGATION', 'VITAL_INTEREST', 'PUBLIC_TASK'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** A processing purpose: what the company does with data, on which legal basis, and how to say no. */
export interface PurposeDoc {
  _id: string;
  name: string;
  description: string;
  legalBasis: LegalBasis;
  /** A W3C Data Privacy Vocabulary purpose, e.g. `dpv:DirectMarketing`, where one fits. */
  dpvCategory?: string | null;
  /** Whether the customer can refuse it (consent or objection); false for contract or legal obligation. */
  refusable: boolean;
  /** Channels the purpose covers; empty means every channel. */
  channels: ConsentChannel[];
  /** Profiling for automated decisions (GDPR Art. 22): an opt-out stops it. */
  automatedDecision: boolean;
  /** Sale or sharing of personal data, cross-context advertising: the Global Privacy Control stops it. */
  saleOrSharing: boolean;
  currentNoticeVersion: number;
  updatedAt: Date;
  lastChangedBy: Provenance;
}

const purposeSchema = new Schema<PurposeDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    description: { type: String, required: true },
    legalBasis: { type: String, enum: LEGAL_BASES, required: true },
    dpvCategory: String,
    refusable: { type: Boolean, required: true },
    channels: { type: [String], default: [] },
    automatedDecision: { type: Boolean, default: false },
    saleOrSharing: { type: Boolean, default: false },
    currentNoticeVersion: { type: Number, default: 0 },
    updatedAt: { type: Date, required: true },
    lastChangedBy: { type: provenanceSchema, required: true },
  },
  { collection: 'purposes', versionKey: false },
);

export const purposeModel = (connection: Connection): Model<PurposeDoc> => connection.model<PurposeDoc>('Purpose', purposeSchema);

/** A version of the privacy notice shown for a purpose; consent records which version the customer saw. */
export interface NoticeDoc {
  /** `${purpose}:${version}` */
  _id: string;
  purpose: string;
  version: number;
  summary: string;
  url?: string | null;
  publishedAt: Date;
  publishedBy: Provenance;
}

const noticeSchema = new Schema<NoticeDoc>(
  {
    _id: { type: String, required: true },
    purpose: { type: String, required: true },
    version: { type: Number, required: true },
    summary: { type: String, required: true },
    url: String,
    publishedAt: { type: Date, required: true },
    publishedBy: { type: provenanceSchema, required: true },
  },
  { collection: 'notices', versionKey: false },
);
noticeSchema.index({ purpose: 1, version: -1 });

export const noticeModel = (connection: Connection): Model<NoticeDoc> => connection.model<NoticeDoc>('Notice', noticeSchema);
