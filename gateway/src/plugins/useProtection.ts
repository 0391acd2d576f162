import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, Kind, type ValidationRule } from 'graphql';
import { ErrorCode } from '#kit/errors.ts';
import type { Viewer } from '#kit/viewer.ts';
import { mayExplore } from '../roles.ts';

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  /** How often one field (one response key) may appear in one selection set. */
  maxDuplicateFields: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

export interface ProtectionOptions {
  limits: Limits;
  /** The request's one viewer: only those who may explore get field suggestions. */
  viewerOf: (request: Request) => Viewer;
}

/**
 * Operation limits (GraphQL Armor): depth, aliases, directives, tokens and cost, with fragments
 * flattened so nesting cannot hide in them; and no "Did you mean …?" hints for callers who may not
 * explore the schema.
 */
export function useProtection({ limits, viewerOf }: ProtectionOptions): GatewayPlugin[] {
  const suggestions = blockFieldSuggestionsPlugin({ mask: '[Suggestion hidden]' });
  return [
    maxTokensPlugin({ n: limits.maxTokens, ...rejectAs('tokens', limits.maxTokens) }),
    maxDepthPlugin({ n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...rejectAs('depth', limits.maxDepth) }),
    // Every alias counts, `__typename` ones too (Armor exempts them by default): 100 aliased
    // `__typename`s are one request doing the work of a hundred.
    maxAliasesPlugin({ n: limits.maxAliases, allowList: [], ...rejectAs('aliases', limits.maxAliases) }),
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
      onValidate({ addValidationRule }) {
        addValidationRule(duplicateFieldsRule(limits.maxDuplicateFields));
        // One error per distinct message: ten unknown directives are one mistake, not ten answers.
        return ({ result, setResult }) => {
          if (result.length > 1 && result.every((e) => e instanceof GraphQLError)) setResult(dedupeErrors(result));
        };
      },
    },
    // The suggestion blocker has this one hook; it runs only for callers who may not explore.
    {
      onValidate(payload) {
        const request = payload.context.request;
        if (request && mayExplore(viewerOf(request))) return undefined;
        return suggestions.onValidate?.(payload);
      },
    },
  ];
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

/**
 * The same field many times in one selection set (`{ __typename __typename … }`) is legal GraphQL
 * that the executor merges, but each copy is validated and planned: refused past `max`.
 */
function duplicateFieldsRule(max: number): ValidationRule {
  return (context) => ({
    SelectionSet(node) {
      const counts = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count === max + 1) {
          context.reportError(
            new GraphQLError(`The field "${key}" appears more than ${max} times in one selection. Simplify the operation or split it.`, {
              nodes: [selection],
              extensions: { code: ErrorCode.OPERATION_LIMIT_EXCEEDED, limit: 'duplicateFields', max },
            }),
          );
        }
      }
    },
  });
}

/** Keeps the first error of each message, with every location it was reported at. */
function dedupeErrors(errors: readonly GraphQLError[]): GraphQLError[] {
  const byMessage = new Map<string, GraphQLError[]>();
  for (const error of errors) byMessage.set(error.message, [...(byMessage.get(error.message) ?? []), error]);
  return [...byMessage.values()].map((same) => {
    if (same.length === 1) return same[0]!;
    const first = same[0]!;
    return new GraphQLError(first.message, {
      nodes: same.flatMap((e) => e.nodes ?? []),
      source: first.source,
      positions: same.flatMap((e) => e.positions ?? []),
      extensions: { ...first.extensions, occurrences: same.length },
    });
  });
}
