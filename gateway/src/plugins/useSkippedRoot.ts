import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

type Variables = Record<string, unknown> | undefined;

const included = (node: Parameters<typeof getDirectiveValues>[1], variables: Variables) =>
  getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true &&
  getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;

/** Whether any field of `selectionSet` survives @skip and @include, fragments followed. */
function selectsAField(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Variables,
  seen = new Set<string>(),
): boolean {
  return selectionSet.selections.some((selection) => {
    if (!included(selection, variables)) return false;
    if (selection.kind === Kind.FIELD) return true;
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsAField(selection.selectionSet, fragments, variables, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return false;
    seen.add(name);
    return selectsAField(fragment.selectionSet, fragments, variables, seen);
  });
}

function selectsNothing(document: DocumentNode, operationName: string | null | undefined, variables: Variables): boolean {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return false;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return !selectsAField(operation.selectionSet, fragments, variables);
}

/**
 * An operation whose root fields are all skipped (`{ me @skip(if: true) { id } }`) is valid and
 * means `{ data: {} }`; the query planner has nothing to plan and used to fail it with HTTP 500.
 */
export function useSkippedRoot(): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (selectsNothing(args.document, args.operationName, args.variableValues)) setResultAndStopExecution({ data: {} });
    },
  };
}
