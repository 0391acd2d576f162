import type { Connection, Model } from 'mongoose';
import { subjectRightsFor, type SubjectRights } from '#kit/subjectRights.ts';
import type { PreferenceSetDoc, SendDoc } from '../models/PreferenceSet.ts';

export const preferenceSubjectRights = (
  connection: Connection,
  models: { sets: Model<PreferenceSetDoc>; sends: Model<SendDoc> },
): SubjectRights =>
  subjectRightsFor('preference', connection, [
    {
      model: models.sets,
      subjectField: '_id',
      categories: ['communication preferences', 'language', 'interests (stated and inferred)', 'change history'],
      purposes: ['honouring the customer’s communication choices'],
    },
    {
      model: models.sends,
      subjectField: 'subjectId',
      categories: ['messages sent (channel, topic, time)'],
      purposes: ['frequency caps the customer set'],
      writtenAtField: 'sentAt',
    },
  ]);
