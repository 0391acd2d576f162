import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '#kit/errors.ts';
import { hasRole, type Viewer } from '#kit/viewer.ts';

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

/** Analysts explore (introspection, field suggestions); everyone else gets neither. */
export const mayExplore = (viewer: Viewer) => hasRole(viewer, 'analyst', 'admin');

/**
 * Operation limits (GraphQL Armor): depth, aliases, directives, tokens and cost, with fragments
 * flattened so nesting cannot hide in them; and no "Did you mean …?" hints for callers who may not
 * explore the schema.
 */
export function useProtection(limits: Limits, viewerOf: (request: Request) => Viewer): GatewayPlugin[] {
  const suggestions = blockFieldSuggestionsPlugin({ mask: '[Suggestion hidden]' });
  return [
    maxTokensPlugin({ n: limits.maxTokens, ...rejectAs('tokens', limits.maxTokens) }),
    maxDepthPlugin({ n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...rejectAs('depth', limits.maxDepth) }),
    maxAliasesPlugin({ n: limits.maxAliases, ...rejectAs('aliases', limits.maxAliases) }),
    maxDirectivesPlugin({ n: limits.maxDirectives, ...rejectAs('directives', limits.maxDirectives) }),
    costLimitPlugin({
      ...rejectAs('cost', limits.maxCost),
      maxCost: limits.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      flattenFragments: true,
      ignoreIntrospection: true,
    }),
    {
      ...suggestions,
      onValidate(payload) {
        const request = (payload.context as { request?: Request }).request;
        if (request && mayExplore(viewerOf(request))) return undefined;
        return suggestions.onValidate?.(payload as never);
      },
    } as GatewayPlugin,
  ] as GatewayPlugin[];
}

/** Armor's rejections carry no code; ours say OPERATION_LIMIT_EXCEEDED and which limit, for clients to branch on. */
function rejectAs(limit: 'tokens' | 'depth' | 'aliases' | 'directives' | 'cost', max: number) {
  return {
    propagateOnRejection: false,
    onReject: [
      (_context: unknown, error: GraphQLError) => {
        throw new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} Simplify the operation or split it.`, {
          extensions: { code: ErrorCode.OPERATION_LIMIT_EXCEEDED, limit, max },
        });
      },
    ],
  };
}
