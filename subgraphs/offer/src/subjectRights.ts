import type { Connection } from 'mongoose';
import { subjectRightsFor, type SubjectRights } from '#kit/subjectRights.ts';
import { offerResponseModel } from './models/OfferResponse.ts';

/** The catalogue holds no personal data; only the customer's responses to offers do. */
export const offerSubjectRights = (connection: Connection): SubjectRights =>
  subjectRightsFor('offer', connection, [
    {
      model: offerResponseModel(connection),
      subjectField: '_id',
      categories: ['offer responses (dismissals)'],
      purposes: ['not showing dismissed offers again'],
    },
  ]);
