import type { Connection } from 'mongoose';
import { subjectRightsFor, type SubjectRights } from '#kit/subjectRights.ts';
import { preferenceSetModel } from './models/PreferenceSet.ts';

export const preferenceSubjectRights = (connection: Connection): SubjectRights =>
  subjectRightsFor('preference', connection, [
    {
      model: preferenceSetModel(connection),
      subjectField: '_id',
      categories: ['communication preferences', 'language'],
      purposes: ['honouring the customer’s communication choices'],
    },
  ]);
