import type { Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import type { ResolutionRuleDoc } from '../models/ResolutionRule.ts';

/** Every query and write of identity resolution rules. */
export function ruleStore(rules: Model<ResolutionRuleDoc>) {
  return {
    get: (id: string) => rules.findById(id).lean<ResolutionRuleDoc>().exec(),

    /** The rules in force, by id (an indexed equality: they are few). */
    active: async () => (await rules.find({ active: true }).lean<ResolutionRuleDoc[]>().exec()).sort((a, b) => a._id.localeCompare(b._id)),

    /** Every rule, retired ones too, by id. */
    all: async () => (await rules.find({}).lean<ResolutionRuleDoc[]>().exec()).sort((a, b) => a._id.localeCompare(b._id)),

    /** Defines a rule, or replaces the one with this id (active again). */
    put: async (doc: ResolutionRuleDoc) => {
      await rules.replaceOne({ _id: doc._id }, doc, { upsert: true }).exec();
    },

    retire: async (id: string, by: Provenance) => {
      await rules.updateOne({ _id: id }, { $set: { active: false, retiredBy: by } }).exec();
    },
  };
}

export type RuleStore = ReturnType<typeof ruleStore>;
