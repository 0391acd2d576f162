import type { Connection, Model } from 'mongoose';
import { subjectRightsFor, type SubjectRights } from '#kit/subjectRights.ts';
import type { OfferDecisionDoc, OfferResponseDoc } from '../models/OfferResponse.ts';

/** The catalogue holds no personal data; the customer's responses and the decision logs do. */
export const offerSubjectRights = (
  connection: Connection,
  models: { responses: Model<OfferResponseDoc>; decisions: Model<OfferDecisionDoc> },
): SubjectRights =>
  subjectRightsFor('offer', connection, [
    {
      model: models.responses,
      subjectField: '_id',
      categories: ['offer responses (dismissals, snoozes, kinds not wanted, redemptions)'],
      purposes: ['not showing unwanted offers again', 'honouring redemption limits'],
    },
    {
      model: models.decisions,
      subjectField: 'subjectId',
      categories: ['offer decisions (signals used, offers shown, explanations)'],
      purposes: ['transparency of automated offer choices (GDPR Art. 15, 22)'],
      retention: 'Kept for 13 months to answer "why did I see this", then deleted; erased when you ask.',
      writtenAtField: 'at',
    },
  ]);
