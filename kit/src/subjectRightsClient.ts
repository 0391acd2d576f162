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
 * Calls one subgraph's subject-rights contract over authenticated internal HTTP (never the public
 * graph). `baseUrl` is the subgraph's origin, e.g. http://127.0.0.1:4002.
 */
export function subjectRightsClient(baseUrl: string, signingKey: string) {
  async function call<T>(body: Record<string, unknown>): Promise<T> {
    const response = await postSigned(baseUrl, '/internal/subject-rights', ORCHESTRATOR, signingKey, body);
    const answer = (await response.json()) as T & { errors?: { message: string }[] };
    if (!response.ok) throw new Error(`${baseUrl} ${String(body.operation)}: ${response.status} ${answer.errors?.[0]?.message ?? ''}`);
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
