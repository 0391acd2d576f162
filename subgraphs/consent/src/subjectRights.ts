import type { Connection } from 'mongoose';
import { subjectRightsFor, type SubjectRights } from '#kit/subjectRights.ts';
import { consentRecordModel } from './models/ConsentRecord.ts';

export const consentSubjectRights = (connection: Connection): SubjectRights =>
  subjectRightsFor('consent', connection, [
    {
      model: consentRecordModel(connection),
      subjectField: '_id',
      categories: ['consent decisions'],
      purposes: ['proof of consent (GDPR Art. 7)'],
    },
  ]);
