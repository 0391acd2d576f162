import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  getNamedType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { ErrorCode, firstErrorIn } from '#kit/errors.ts';
import { isRecord } from '#kit/guards.ts';
import { withExtensions } from '../maskError.ts';
import type { Logger } from '#kit/log.ts';
import { postSigned, type Viewer } from '#kit/viewer.ts';
import { isAnonymous, readsOwnProfile } from '../roles.ts';

/** The hidden alias the gateway adds to every Profile selection, to know whose data was read. */
const AUDIT_ALIAS = '__lpAuditSubject';
const PROFILE = 'Profile';
const AUDITOR: Viewer = { subject: null, roles: ['system'], scopes: ['access-audit'], clientId: 'gateway', channel: 'internal' };

const withAuditId = (selectionSet: SelectionSetNode): SelectionSetNode => ({
  ...selectionSet,
  selections: [
    ...selectionSet.selections,
    { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: AUDIT_ALIAS }, name: { kind: Kind.NAME, value: 'id' } },
  ],
});

/** Adds the audit alias to every selection on Profile (fields, inline fragments, named fragments). */
function auditDocument(schema: GraphQLSchema, document: DocumentNode): DocumentNode | null {
  const typeInfo = new TypeInfo(schema);
  let touched = false;
  const result = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const type = typeInfo.getType();
        if (!node.selectionSet || !type || getNamedType(type).name !== PROFILE) return undefined;
        touched = true;
        return { ...node, selectionSet: withAuditId(node.selectionSet) };
      },
      InlineFragment(node) {
        if (node.typeCondition?.name.value !== PROFILE) return undefined;
        touched = true;
        return { ...node, selectionSet: withAuditId(node.selectionSet) };
      },
      FragmentDefinition(node) {
        if (node.typeCondition.name.value !== PROFILE) return undefined;
        touched = true;
        return { ...node, selectionSet: withAuditId(node.selectionSet) };
      },
    }),
  );
  return touched ? result : null;
}

/** Every Profile object in the result: whose it was and which fields were read; removes the alias. */
function collectAndStrip(data: unknown, found: Map<string, Set<string>> = new Map()): Map<string, Set<string>> {
  if (Array.isArray(data)) data.forEach((item) => collectAndStrip(item, found));
  else if (isRecord(data)) {
    const record = data;
    const subject = record[AUDIT_ALIAS];
    if (AUDIT_ALIAS in record) delete record[AUDIT_ALIAS];
    if (typeof subject === 'string') {
      const fields = found.get(subject) ?? new Set<string>();
      Object.keys(record)
        .filter((key) => key !== 'id' && key !== '__typename')
        .forEach((key) => fields.add(key));
      found.set(subject, fields);
    }
    Object.values(record).forEach((value) => collectAndStrip(value, found));
  }
  return found;
}

/** Reads a subgraph refused for want of the customer's permission (CONSENT_REQUIRED carries whose). */
function refusalsIn(result: ExecutionResult): { subjectId: string; refused: string }[] {
  return (result.errors ?? []).flatMap((error) => {
    const { code, subjectId, purpose, channel } = error.extensions ?? {};
    return code === ErrorCode.CONSENT_REQUIRED && typeof subjectId === 'string'
      ? [{ subjectId, refused: `The customer had not allowed ${String(purpose)} on ${String(channel)}.` }]
      : [];
  });
}

/** The subject id is for the access log only: the partner learns nothing about whom it asked after. */
function withoutSubject(error: GraphQLError): GraphQLError {
  if (error.extensions?.code !== ErrorCode.CONSENT_REQUIRED || !('subjectId' in error.extensions)) return error;
  const { subjectId: _, ...extensions } = error.extensions;
  return withExtensions(error, extensions);
}

/**
 * The audit of access to personal data: after every operation, who (client, viewer, roles) read
 * which fields of which subject's profile, for what stated purpose (`x-purpose` header), recorded in
 * the privacy subgraph. A customer reading their own profile is not a disclosure and is not logged.
 * Recorded before the response is sent; a failure is logged, not shown to the caller.
 */
export function useAccessAudit({
  privacyUrl,
  signingKey,
  viewerOf,
  log,
}: {
  privacyUrl: () => string | undefined;
  signingKey: string;
  /** The request's one viewer. */
  viewerOf: (request: Request) => Viewer;
  log: Logger;
}): GatewayPlugin {
  async function record(entries: Record<string, unknown>[]) {
    const url = privacyUrl();
    if (!url || !entries.length) return;
    const response = await postSigned(url, new URL(url).pathname, AUDITOR, signingKey, {
      query: 'mutation($e: [ProfileAccessInput!]!) { recordProfileAccess(entries: $e) }',
      variables: { e: entries },
    });
    const refused = firstErrorIn(await response.json().catch(() => null));
    if (!response.ok || refused) throw new Error(refused?.message ?? `HTTP ${response.status}`);
  }

  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const { request } = args.contextValue;
      const viewer = viewerOf(request);
      if (isAnonymous(viewer)) return;
      const audited = auditDocument(args.schema, args.document);
      if (!audited) return;
      setExecuteFn((execution) => executeFn({ ...execution, document: audited }));
      return {
        async onExecuteDone({ result, setResult }) {
          if (!result || typeof result !== 'object' || Symbol.asyncIterator in result) return;
          const single: ExecutionResult = result;
          const read = collectAndStrip(single.data);
          const refusals = refusalsIn(single);
          setResult({ ...single, ...(refusals.length ? { errors: single.errors!.map(withoutSubject) } : {}) });
          const at = new Date().toISOString();
          // A partner reads for the purposes it is registered for; anyone else states theirs in `x-purpose`.
          const purpose =
            request.headers.get('x-purpose')?.slice(0, 200) ??
            (viewer.purposes?.length ? viewer.purposes.map((p) => `${p.purpose} (${p.channel})`).join(', ') : null);
          const entries: Record<string, unknown>[] = [...read]
            // Reading only the id discloses no personal field; a customer reading their own profile is no disclosure.
            .filter(([subjectId, fields]) => fields.size > 0 && !readsOwnProfile(viewer, subjectId))
            .map(([subjectId, fields]) => ({
              subjectId,
              clientId: viewer.clientId,
              actor: viewer.subject,
              roles: viewer.roles,
              channel: viewer.channel,
              fields: [...fields].sort(),
              purpose,
              operationName: args.operationName ?? null,
              at,
            }));
          // The customer sees in their access log who tried and was refused, and why.
          for (const { subjectId, refused } of refusals) {
            entries.push({
              subjectId,
              clientId: viewer.clientId,
              actor: viewer.subject,
              roles: viewer.roles,
              channel: viewer.channel,
              fields: [],
              purpose,
              operationName: args.operationName ?? null,
              at,
              refused,
            });
          }
          // Recorded before the response leaves, so a disclosure is on file by the time it happened.
          await record(entries).catch((error: unknown) => log.error('could not record personal-data access', error));
        },
      };
    },
  };
}
