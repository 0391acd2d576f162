// What each GraphQL type's resolvers receive as their parent, for the generated resolver types
// (scripts/lib/resolverCodegen.ts reads every `<Type>Mapper` exported here).
import type { ProfileRef } from '#kit/authorize.ts';
import type { PrivacyRequestDoc } from '../models/PrivacyRequest.ts';
import type { ExportDocument } from '../services/exportDocument.ts';

export type ProfileMapper = ProfileRef;
export type PrivacyRequestMapper = PrivacyRequestDoc;
/** The opened export: its readable forms are built from the document only when selected. */
export interface PrivacyExportMapper {
  format: string;
  document: ExportDocument;
}
