import type { Connection } from 'mongoose';
import { subjectRightsFor, type SubjectRights } from '#kit/subjectRights.ts';
import { privacyRequestModel } from './models/PrivacyRequest.ts';

export const privacySubjectRights = (connection: Connection): SubjectRights =>
  subjectRightsFor('privacy', connection, [
    {
      model: privacyRequestModel(connection),
      subjectField: 'subjectId',
      categories: ['data-subject requests'],
      purposes: ['legal obligation (GDPR Art. 12-22)'],
    },
  ]);
