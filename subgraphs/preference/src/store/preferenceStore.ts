import { isKey, KEY_RULE } from '#kit/slugs.ts';
import type { Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { badUserInput, notFound } from '#kit/errors.ts';
import { documentLocks } from '#kit/locks.ts';
import { findByKeys, isDuplicateKeyError, retryOnDuplicate } from '#kit/mongo.ts';
import { domainEvent } from '#kit/events/outbox.ts';
import { applyInterest, type InterestSource } from '../domain/interests.ts';
import { isClockTime, isTimeZone } from '../domain/quietHours.ts';
import type { MessageFormat, PreferenceChange, PreferenceChannel, PreferenceSetDoc, SendDoc, TopicDoc } from '../models/PreferenceSet.ts';

export interface PreferenceChanges {
  language?: string | null;
  format?: MessageFormat | null;
  channels?: { channel: PreferenceChannel; enabled: boolean }[] | null;
  topicChannels?: { topic: string; channel: PreferenceChannel }[] | null;
  frequencyCaps?: { channel: PreferenceChannel; max: number; periodDays: number }[] | null;
  quietHours?: { start: string; end: string; timeZone?: string | null } | null;
  clearQuietHours?: boolean | null;
}

const empty = (subjectId: string, provenance: Provenance): PreferenceSetDoc => ({
  _id: subjectId,
  channels: {},
  topicChannels: {},
  frequencyCaps: {},
  interests: {},
  history: [],
  updatedAt: provenance.at,
  lastChangedBy: provenance,
});

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function preferenceStore({
  sets,
  topics,
  sends,
}: {
  sets: Model<PreferenceSetDoc>;
  topics: Model<TopicDoc>;
  sends: Model<SendDoc>;
}) {
  const writes = documentLocks(sets.db, 'preferences');

  /**
   * Reads the subject's set, lets `change` edit a copy, and writes the fields that changed with one
   * history entry each (their previous value). Queued per subject (FerretDB applies concurrent
   * updates non-atomically); nothing is written when nothing changed.
   */
  function edit(subjectId: string, provenance: Provenance, change: (draft: PreferenceSetDoc) => void): Promise<PreferenceSetDoc> {
    return writes.run(subjectId, async () => {
      const current = (await sets.findById(subjectId).lean<PreferenceSetDoc>().exec()) ?? empty(subjectId, provenance);
      const draft: PreferenceSetDoc = structuredClone(current);
      change(draft);
      const fields = (['language', 'format', 'channels', 'topicChannels', 'frequencyCaps', 'quietHours', 'interests'] as const).filter(
        (field) => !same(current[field], draft[field]),
      );
      if (!fields.length) return current;
      const history: PreferenceChange[] = fields.map((field) => ({
        field,
        previous: current[field] ?? null,
        at: provenance.at,
        by: provenance,
      }));
      // The event goes in the same write (the outbox). Field names only, except the channels: a
      // channel switched off is an instruction downstream systems act on without asking back.
      const event = domainEvent('preference', 'preference.changed', subjectId, provenance.at, {
        fields,
        ...(fields.includes('channels') ? { channels: draft.channels } : {}),
        origin: provenance.source,
      });
      const $set = Object.fromEntries([
        ...fields.map((f) => [f, draft[f] ?? null]),
        ['updatedAt', provenance.at],
        ['lastChangedBy', provenance],
      ]);
      const doc = await retryOnDuplicate(() =>
        sets
          .findOneAndUpdate(
            { _id: subjectId },
            {
              $set,
              $push: { history: { $each: history }, outbox: event },
              $setOnInsert: Object.fromEntries(
                (['channels', 'topicChannels', 'frequencyCaps', 'interests'] as const)
                  .filter((f) => !fields.includes(f))
                  .map((f) => [f, {}]),
              ),
            },
            { upsert: true, returnDocument: 'after' },
          )
          .lean<PreferenceSetDoc>()
          .exec(),
      );
      return doc!;
    });
  }

  return {
    /** Runs `task` holding these subjects' write queues (the outbox relay's removals). */
    exclusive: <T>(ids: readonly string[], task: () => Promise<T>) => writes.runAll(ids, task),

    findBySubjects: (subjectIds: readonly string[]) => findByKeys<PreferenceSetDoc>(sets, '_id', subjectIds),

    topics: () => topics.find().sort({ _id: 1 }).lean<TopicDoc[]>().exec(),

    async upsertTopic(
      input: { id: string; name: string; description: string; purpose: string },
      provenance: Provenance,
    ): Promise<TopicDoc> {
      if (!isKey(input.id) || !isKey(input.purpose)) throw badUserInput(`Topic id and purpose are ${KEY_RULE}.`, 'id');
      const doc: TopicDoc = {
        _id: input.id,
        name: input.name,
        description: input.description,
        purpose: input.purpose,
        updatedAt: provenance.at,
        lastChangedBy: provenance,
      };
      await topics.replaceOne({ _id: input.id }, doc, { upsert: true }).exec();
      return doc;
    },

    async apply(subjectId: string, changes: PreferenceChanges, provenance: Provenance): Promise<PreferenceSetDoc> {
      const known = new Set((await topics.find({}, { _id: 1 }).lean<{ _id: string }[]>().exec()).map((t) => t._id));
      for (const { topic } of changes.topicChannels ?? [])
        if (!known.has(topic)) throw badUserInput(`Unknown topic "${topic}".`, 'topicChannels');
      for (const cap of changes.frequencyCaps ?? []) {
        if (!(cap.max >= 0 && cap.max <= 1000 && cap.periodDays >= 1 && cap.periodDays <= 365)) {
          throw badUserInput('A frequency cap is 0-1000 messages in 1-365 days.', 'frequencyCaps');
        }
      }
      const quiet = changes.quietHours;
      if (quiet && (!isClockTime(quiet.start) || !isClockTime(quiet.end)))
        throw badUserInput('Quiet hours are HH:MM, 00:00 to 23:59.', 'quietHours');
      if (quiet?.timeZone && !isTimeZone(quiet.timeZone)) throw badUserInput('Unknown time zone.', 'quietHours');
      return edit(subjectId, provenance, (draft) => {
        if (changes.language !== undefined) draft.language = changes.language;
        if (changes.format !== undefined) draft.format = changes.format;
        for (const { channel, enabled } of changes.channels ?? []) draft.channels[channel] = enabled;
        for (const { topic, channel } of changes.topicChannels ?? []) draft.topicChannels[topic] = channel;
        for (const { channel, max, periodDays } of changes.frequencyCaps ?? []) draft.frequencyCaps[channel] = { max, periodDays };
        if (quiet) draft.quietHours = { start: quiet.start, end: quiet.end, timeZone: quiet.timeZone ?? null };
        if (changes.clearQuietHours) draft.quietHours = null;
      });
    },

    async setInterest(subjectId: string, topic: string, interested: boolean, source: InterestSource, provenance: Provenance) {
      if (!(await topics.exists({ _id: topic }))) throw badUserInput(`Unknown topic "${topic}".`, 'topic');
      return edit(subjectId, provenance, (draft) => {
        const kept = applyInterest(draft.interests[topic], { interested, source, at: provenance.at, by: provenance });
        if (kept) draft.interests[topic] = kept;
      });
    },

    removeInferredInterest(subjectId: string, topic: string, provenance: Provenance) {
      return edit(subjectId, provenance, (draft) => {
        const held = draft.interests[topic];
        if (!held) throw notFound('An interest in this topic');
        if (held.source !== 'INFERRED') throw badUserInput('Only inferred interests are removed; change a stated one instead.', 'topic');
        delete draft.interests[topic];
      });
    },

    /** Sends of a subject on a channel since `after` (exclusive): one count per question. */
    countSends: (subjectId: string, channel: PreferenceChannel, after: Date, until: Date) =>
      sends.countDocuments({ subjectId, channel, sentAt: { $gt: after, $lte: until } }).exec(),

    async recordSends(
      source: string,
      items: { sendId: string; profileId: string; channel: PreferenceChannel; topic: string; sentAt: Date }[],
    ) {
      let recorded = 0;
      let alreadyRecorded = 0;
      for (const item of items) {
        try {
          await sends.create({
            _id: `${source}:${item.sendId}`,
            subjectId: item.profileId,
            channel: item.channel,
            topic: item.topic,
            sentAt: item.sentAt,
            source,
          });
          recorded += 1;
        } catch (error) {
          if (!isDuplicateKeyError(error)) throw error;
          alreadyRecorded += 1;
        }
      }
      return { recorded, alreadyRecorded };
    },
  };
}

export type PreferenceStore = ReturnType<typeof preferenceStore>;
