import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { isDuplicateKeyError } from '#kit/mongo.ts';
import { emailTaken } from '../errors.ts';
import type { ProfileDoc } from '../models/Profile.ts';

export interface ProfileFields {
  email?: string | null;
  displayName?: string | null;
}

export const emailKeyOf = (email: string) => email.trim().toLowerCase();

export function profileRepository(profiles: Model<ProfileDoc>) {
  return {
    findByIds: (ids: readonly string[]) =>
      profiles
        .find({ _id: { $in: [...ids] } })
        .lean<ProfileDoc[]>()
        .exec(),

    findByEmail: (email: string) =>
      profiles
        .findOne({ emailKey: emailKeyOf(email) })
        .lean<ProfileDoc>()
        .exec(),

    /** Keyset pagination in id order: stable under concurrent inserts, no skip scans. */
    list: ({ first, after }: { first: number; after?: string | null }) =>
      profiles
        .find(after ? { _id: { $gt: after } } : {})
        .sort({ _id: 1 })
        .limit(first)
        .lean<ProfileDoc[]>()
        .exec(),

    async create(fields: ProfileFields, provenance: Provenance): Promise<ProfileDoc> {
      const doc: ProfileDoc = {
        _id: randomUUID(),
        ...contactFields(fields),
        status: 'ACTIVE',
        createdAt: provenance.at,
        updatedAt: provenance.at,
        lastChangedBy: provenance,
      };
      try {
        await profiles.create(doc);
      } catch (error) {
        if (isDuplicateKeyError(error)) throw emailTaken();
        throw error;
      }
      return doc;
    },

    async update(id: string, fields: ProfileFields, provenance: Provenance): Promise<ProfileDoc | null> {
      const set: Record<string, unknown> = { updatedAt: provenance.at, lastChangedBy: provenance };
      const unset: Record<string, 1> = {};
      if (fields.email !== undefined) {
        if (fields.email === null) Object.assign(unset, { email: 1, emailKey: 1 });
        else Object.assign(set, contactFields({ email: fields.email }));
      }
      if (fields.displayName !== undefined) {
        if (fields.displayName === null) unset.displayName = 1;
        else set.displayName = fields.displayName;
      }
      try {
        return await profiles
          .findOneAndUpdate(
            { _id: id },
            { $set: set, ...(Object.keys(unset).length ? { $unset: unset } : {}) },
            { returnDocument: 'after' },
          )
          .lean<ProfileDoc>()
          .exec();
      } catch (error) {
        if (isDuplicateKeyError(error)) throw emailTaken();
        throw error;
      }
    },
  };
}

export type ProfileRepository = ReturnType<typeof profileRepository>;

function contactFields({ email, displayName }: ProfileFields): Partial<ProfileDoc> {
  return {
    ...(email ? { email: email.trim(), emailKey: emailKeyOf(email) } : {}),
    ...(displayName ? { displayName } : {}),
  };
}
