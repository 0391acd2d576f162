import type {
  AffectedSubjects,
  BreachWindow,
  ErasureReport,
  LocateProbe,
  RestrictionState,
  SubjectChoice,
  SubjectExport,
  SubjectInventory,
} from './subjectRights.ts';
import { postSigned, type Viewer } from './viewer.ts';

const ORCHESTRATOR: Viewer = {
  subject: null,
  roles: ['system'],
  scopes: ['subject-rights'],
  clientId: 'privacy-orchestrator',
  channel: 'internal',
};

/**
 * A contract call that failed. `permanent` when the subgraph refused what was asked (a 4xx with a
 * code: an unknown purpose, say), which no retry will change; otherwise it was unreachable or
 * failed and may answer later. The message names the subgraph, never its address, so that it
 * can be shown to staff and customers.
 */
export class SubjectRightsError extends Error {
  readonly permanent: boolean;
  readonly code: string | undefined;
  constructor(message: string, permanent: boolean, code: string | undefined) {
    super(message);
    this.name = 'SubjectRightsError';
    this.permanent = permanent;
    this.code = code;
  }
}

/**
 * Calls one subgraph's subject-rights contract over authenticated internal HTTP (never the public
 * graph). `baseUrl` is the subgraph's origin, e.g. http://127.0.0.1:4002; `name` is what errors call it.
 */
export function subjectRightsClient(baseUrl: string, signingKey: string, name = new URL(baseUrl).host) {
  async function call<T>(body: Record<string, unknown>): Promise<T> {
    const operation = String(body.operation);
    let response: Response;
    try {
      response = await postSigned(baseUrl, '/internal/subject-rights', ORCHESTRATOR, signingKey, body);
    } catch {
      throw new SubjectRightsError(`the ${name} subgraph could not be reached (${operation}); will retry`, false, undefined);
    }
    const answer = (await response.json().catch(() => ({}))) as T & { errors?: { message: string; extensions?: { code?: string } }[] };
    if (!response.ok) {
      const refused = answer.errors?.[0];
      const permanent = response.status >= 400 && response.status < 500 && ![401, 408, 429].includes(response.status);
      throw new SubjectRightsError(
        `the ${name} subgraph ${permanent ? 'refused' : 'failed'} ${operation}: ${refused?.message ?? `HTTP ${response.status}`}`,
        permanent,
        refused?.extensions?.code,
      );
    }
    return answer;
  }
  return {
    export: (subjectId: string) => call<SubjectExport>({ operation: 'export', subjectId }),
    erase: (subjectId: string) => call<ErasureReport>({ operation: 'erase', subjectId }),
    inventory: (subjectId: string) => call<SubjectInventory>({ operation: 'inventory', subjectId }),
    restrict: (subjectId: string, restricted: boolean) => call<RestrictionState>({ operation: 'restrict', subjectId, restricted }),
    locate: async (probe: LocateProbe) => (await call<{ subgraph: string; subjects: string[] }>({ operation: 'locate', probe })).subjects,
    affected: (window: BreachWindow) => call<AffectedSubjects>({ operation: 'affected', window }),
    recordChoice: (subjectId: string, choice: SubjectChoice) =>
      call<{ recorded: boolean }>({ operation: 'recordChoice', subjectId, choice }),
  };
}
