import type { Connection } from 'mongoose';
import { subjectRightsFor, type SubjectRights } from '#kit/subjectRights.ts';
import { preferenceSetModel, sendModel } from '../models/PreferenceSet.ts';

export const preferenceSubjectRights = (connection: Connection): SubjectRights =>
  subjectRightsFor('preference', connection, [
    {
      model: preferenceSetModel(connection),
      subjectField: '_id',
      categories: ['communication preferences', 'language', 'interests (stated and inferred)', 'change history'],
      purposes: ['honouring the customer’s communication choices'],
    },
    {
      model: sendModel(connection),
      subjectField: 'subjectId',
      categories: ['messages sent (channel, topic, time)'],
      purposes: ['frequency caps the customer set'],
      writtenAtField: 'sentAt',
    },
  ]);
