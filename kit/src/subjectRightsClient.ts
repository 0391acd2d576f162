import type { z } from 'zod';
import { firstErrorIn } from './errors.ts';
import { parseWith } from './guards.ts';
import {
  SUBJECT_RIGHTS_ANSWERS as answers,
  type AffectedSubjects,
  type BreachWindow,
  type ErasureReport,
  type LocateProbe,
  type RestrictionState,
  type SubjectChoice,
  type SubjectExport,
  type SubjectInventory,
  type SubjectRightsCall,
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
  async function call<T>(body: SubjectRightsCall, answers: z.ZodType<T>): Promise<T> {
    const { operation } = body;
    let response: Response;
    try {
      response = await postSigned(baseUrl, '/internal/subject-rights', ORCHESTRATOR, signingKey, body);
    } catch {
      throw new SubjectRightsError(`the ${name} subgraph could not be reached (${operation}); will retry`, false, undefined);
    }
    const answer: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const refused = firstErrorIn(answer);
      const permanent = response.status >= 400 && response.status < 500 && ![401, 408, 429].includes(response.status);
      throw new SubjectRightsError(
        `the ${name} subgraph ${permanent ? 'refused' : 'failed'} ${operation}: ${refused?.message ?? `HTTP ${response.status}`}`,
        permanent,
        refused?.code,
      );
    }
    // Another shape is a subgraph of another version mid-rollout: a failure to retry, never a wrong document.
    const read = parseWith(answers, answer);
    if (!read.ok)
      throw new SubjectRightsError(
        `the ${name} subgraph answered ${operation} in an unexpected shape (${read.problem}); will retry`,
        false,
        undefined,
      );
    return read.value;
  }
  return {
    export: (subjectId: string): Promise<SubjectExport> => call({ operation: 'export', subjectId }, answers.export),
    erase: (subjectId: string): Promise<ErasureReport> => call({ operation: 'erase', subjectId }, answers.erase),
    inventory: (subjectId: string): Promise<SubjectInventory> => call({ operation: 'inventory', subjectId }, answers.inventory),
    restrict: (subjectId: string, restricted: boolean): Promise<RestrictionState> =>
      call({ operation: 'restrict', subjectId, restricted }, answers.restrict),
    locate: async (probe: LocateProbe) => (await call({ operation: 'locate', probe }, answers.locate)).subjects,
    affected: ({ from, to, collections }: BreachWindow): Promise<AffectedSubjects> =>
      call(
        { operation: 'affected', window: { from: from.toISOString(), to: to.toISOString(), ...(collections ? { collections } : {}) } },
        answers.affected,
      ),
    recordChoice: (subjectId: string, choice: SubjectChoice) =>
      call({ operation: 'recordChoice', subjectId, choice }, answers.recordChoice),
  };
}
