import type { Connection } from 'mongoose';
import { subjectRightsFor, type SubjectRights } from '#kit/subjectRights.ts';
import { profileModel } from './models/Profile.ts';

export const identitySubjectRights = (connection: Connection): SubjectRights =>
  subjectRightsFor('identity', connection, [
    {
      model: profileModel(connection),
      subjectField: '_id',
      categories: ['contact details', 'name'],
      purposes: ['customer identification', 'contract'],
    },
  ]);
