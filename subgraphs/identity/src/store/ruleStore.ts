import type { Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import type { ResolutionRuleDoc } from '../models/ResolutionRule.ts';

/** Every query and write of identity resolution rules. */
export function ruleStore(rules: Model<ResolutionRuleDoc>) {
  return {
    /** The rules in force, by id (an indexed equality: they are few). */
    active: async () => (await rules.find({ active: true }).lean<ResolutionRuleDoc[]>().exec()).sort((a, b) => a._id.localeCompare(b._id)),

    /** Every rule, retired ones too, by id. */
    all: async () => (await rules.find({}).lean<ResolutionRuleDoc[]>().exec()).sort((a, b) => a._id.localeCompare(b._id)),

    /** Defines a rule, or replaces the one with this id (active again). */
    put: async (doc: ResolutionRuleDoc) => {
      await rules.replaceOne({ _id: doc._id }, doc, { upsert: true }).exec();
    },

    /** Retires a rule and answers it as it is now; null when there is none. */
    retire: (id: string, by: Provenance) =>
      rules
        .findOneAndUpdate({ _id: id }, { $set: { active: false, retiredBy: by } }, { returnDocument: 'after' })
        .lean<ResolutionRuleDoc>()
        .exec(),
  };
}

export type RuleStore = ReturnType<typeof ruleStore>;
