import { openJson } from '#kit/crypto/envelope.ts';
import type { PrivacyContext } from '../context.ts';
import type { PrivacyRequestDoc } from '../models/PrivacyRequest.ts';
import { EXPORT_FORMAT, renderExport, type ExportDocument } from '../services/exportDocument.ts';

const DAY = 86_400_000;

export const PrivacyRequest = {
  id: (request: PrivacyRequestDoc) => request._id,
  overdue: (request: PrivacyRequestDoc) =>
    request.status !== 'COMPLETED' && request.status !== 'REJECTED' && request.dueAt.getTime() < Date.now(),
  daysLeft: (request: PrivacyRequestDoc) => Math.floor((request.dueAt.getTime() - Date.now()) / DAY),
  extension: (request: PrivacyRequestDoc) => request.extension && { months: request.extension.months, reason: request.extension.reason },
  identityCheck: (request: PrivacyRequestDoc) => request.identityCheck && { ...request.identityCheck, checkedBy: request.identityCheck.by },
  progress: (request: PrivacyRequestDoc) => request.steps,
  resolution: (request: PrivacyRequestDoc) => request.resolution?.note ?? null,
  async export(request: PrivacyRequestDoc, _: unknown, { keys }: PrivacyContext) {
    if (!request.exportSealed) return null;
    const key = (await keys.keysFor([request.subjectId])).get(request.subjectId);
    if (!key) return null;
    const document = openJson<ExportDocument>(key, request.exportSealed, `privacy|${request._id}|export`);
    return { format: EXPORT_FORMAT, document, text: renderExport(document) };
  },
};
