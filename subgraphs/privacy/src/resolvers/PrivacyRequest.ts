import { maskText, seesMasked } from '#kit/masking.ts';
import type { Viewer } from '#kit/viewer.ts';
import { isClosed, isWithdrawable } from '../domain/requests.ts';
import { EXPORT_FORMAT, type ExportDocument } from '../services/exportDocument.ts';
import { exportPdf } from '../services/exportPdf.ts';
import { exportHtml, exportText, readableExport, readerOf } from '../services/exportReadable.ts';
import { notFound } from '#kit/errors.ts';
import type {
  ExportTransferResolvers,
  PrivacyExportResolvers,
  PrivacyRequestResolvers,
  TransferDestinationResolvers,
} from './types.generated.ts';

const DAY = 86_400_000;

/** Free text staff typed about a person, masked for analysts (null stays null). */
function shown(viewer: Viewer, text: string): string;
function shown(viewer: Viewer, text: string | null): string | null;
function shown(viewer: Viewer, text: string | null): string | null {
  return seesMasked(viewer) ? (maskText(text) ?? null) : text;
}

export const PrivacyRequest: PrivacyRequestResolvers = {
  id: (request) => request._id,
  overdue: (request) => !isClosed(request) && request.dueAt.getTime() < Date.now(),
  withdrawable: (request) => isWithdrawable(request),
  assignedTo: (request) => request.assignment?.to ?? null,
  daysLeft: (request) => Math.floor((request.dueAt.getTime() - Date.now()) / DAY),
  extension: (request, _, { viewer }) =>
    request.extension ? { months: request.extension.months, reason: shown(viewer, request.extension.reason) } : null,
  identityCheck: (request, _, { viewer }) =>
    request.identityCheck
      ? { ...request.identityCheck, reference: shown(viewer, request.identityCheck.reference ?? null), checkedBy: request.identityCheck.by }
      : null,
  progress: (request) => request.steps,
  resolution: (request, _, { viewer }) => shown(viewer, request.resolution?.note ?? null),
  transfer: (request) =>
    request.transferTo
      ? {
          destinationId: request.transferTo,
          step: request.steps.find((s) => s.operation === 'transfer') ?? null,
          rejected: request.status === 'REJECTED',
        }
      : null,
  async export(request, _, { viewer, requests }) {
    const document = await requests.exportOf(viewer, request);
    return document && { format: EXPORT_FORMAT, document };
  },
};

/** The export for people, in the customer's locale unless another one is asked for; built only when selected. */
const readable = (document: ExportDocument, locale?: string | null) => readableExport(document, readerOf(document, locale));

export const PrivacyExport: PrivacyExportResolvers = {
  text: ({ document }, { locale }) => exportText(readable(document, locale)),
  html: ({ document }, { locale }) => exportHtml(readable(document, locale)),
  pdf: async ({ document }, { locale }) => (await exportPdf(readable(document, locale), new Date(document.generatedAt))).toString('base64'),
};

export const ExportTransfer: ExportTransferResolvers = {
  async destination({ destinationId }, _, { transfers }) {
    const destination = await transfers.get(destinationId);
    if (!destination) throw notFound('Transfer destination');
    return destination;
  },
  status: ({ step, rejected }) => (step?.status === 'DONE' ? 'DELIVERED' : rejected ? 'FAILED' : 'PENDING'),
  attempts: ({ step }) => step?.attempts ?? 0,
  lastError: ({ step }) => step?.lastError ?? null,
  nextAttemptAt: ({ step }) => (step && step.status !== 'DONE' ? step.nextAttemptAt : null),
  deliveredAt: ({ step }) => (step?.status === 'DONE' ? (step.doneAt ?? null) : null),
  reference({ step }) {
    const reference = step?.summary?.reference;
    return typeof reference === 'string' ? reference : null;
  },
};

export const TransferDestination: TransferDestinationResolvers = {
  id: (destination) => destination._id,
};
