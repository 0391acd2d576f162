import { Schema, type Connection, type Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { provenanceSchema } from '#kit/provenance.ts';

/** What two profiles may share for a rule to merge them: a contact point both of them proved. */
export const RESOLUTION_EVIDENCE = ['VERIFIED_EMAIL', 'VERIFIED_PHONE'] as const;
export type ResolutionEvidence = (typeof RESOLUTION_EVIDENCE)[number];

/**
 * A rule under which identity merges two profiles itself, without staff: an administrator's
 * decision, kept with who made it. No personal data: kinds of evidence and source system names.
 */
export interface ResolutionRuleDoc {
  _id: string;
  /** Any one of these, shared by both profiles, is enough. */
  evidence: ResolutionEvidence[];
  /** The shared contact point must have come, on each side, from one of these source systems. */
  trustedSources: string[];
  active: boolean;
  definedBy: Provenance;
  retiredBy?: Provenance | null;
}

const resolutionRuleSchema = new Schema<ResolutionRuleDoc>(
  {
    _id: { type: String, required: true },
    evidence: { type: [String], required: true },
    trustedSources: { type: [String], required: true },
    active: { type: Boolean, required: true },
    definedBy: { type: provenanceSchema, required: true },
    retiredBy: provenanceSchema,
  },
  { collection: 'resolution_rules', versionKey: false },
);
resolutionRuleSchema.index({ active: 1 });

export const resolutionRuleModel = (connection: Connection): Model<ResolutionRuleDoc> =>
  connection.model<ResolutionRuleDoc>('ResolutionRule', resolutionRuleSchema);
