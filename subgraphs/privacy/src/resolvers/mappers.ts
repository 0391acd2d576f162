// What each GraphQL type's resolvers receive as their parent, for the generated resolver types
// (scripts/lib/resolverCodegen.ts reads every `<Type>Mapper` exported here).
import type { ProfileRef } from '#kit/authorize.ts';
import type { PrivacyRequestDoc } from '../models/PrivacyRequest.ts';
import type { BreachDoc, BreachNoticeDoc } from '../models/Breach.ts';
import type { RequestStep } from '../models/PrivacyRequest.ts';
import type { TransferDestinationDoc } from '../models/TransferDestination.ts';
import type { ExportDocument } from '../services/exportDocument.ts';

export type ProfileMapper = ProfileRef;
export type PrivacyRequestMapper = PrivacyRequestDoc;
/** The opened export: its readable forms are built from the document only when selected. */
export interface PrivacyExportMapper {
  format: string;
  document: ExportDocument;
}
export type TransferDestinationMapper = TransferDestinationDoc;
/** A request's transfer: where to, its delivery step, and whether the request was rejected (the delivery failed for good). */
export interface ExportTransferMapper {
  destinationId: string;
  step: RequestStep | null;
  rejected: boolean;
}
export type BreachMapper = BreachDoc;
export type BreachNoticeMapper = BreachNoticeDoc;
