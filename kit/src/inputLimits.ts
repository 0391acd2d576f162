import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  Kind,
  type ConstDirectiveNode,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badUserInput } from './errors.ts';
import { fieldOf } from './guards.ts';

/**
 * The longest string any input may hold unless the schema says otherwise with
 * `@maxLength(value: N)` on the argument or input field. Ids are keys, slugs and references;
 * everything else is a name, a line of an address, a short note.
 */
export const DEFAULT_MAX_LENGTH = { ID: 200, String: 1000 } as const;

/** The directive each subgraph schema that sets its own maximum declares. */
export const MAX_LENGTH_DIRECTIVE = 'directive @maxLength(value: Int!) on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION';

type Limits = { kind: 'string'; max: number } | { kind: 'object'; fields: Map<string, { type: GraphQLInputType; limits: Limits }> };

const maxLengthOf = (directives: readonly ConstDirectiveNode[] | undefined): number | undefined => {
  const directive = directives?.find((d) => d.name.value === 'maxLength');
  const value = directive?.arguments?.find((a) => a.name.value === 'value')?.value;
  return value?.kind === Kind.INT ? Number(value.value) : undefined;
};

/**
 * Checks every string in a field's arguments against its maximum (code points, so that an
 * emoji counts once), answering BAD_USER_INPUT that names the path (`input.name.given`) without
 * echoing the value. Wraps the resolvers of `schema` in place; fields whose arguments hold no
 * strings are left as they are.
 */
export function enforceInputLimits(schema: GraphQLSchema): GraphQLSchema {
  const objects = new Map<string, Limits | null>();

  /** What to check in a value of `type` (null: nothing, no strings inside). */
  function limitsOf(type: GraphQLInputType, declared: number | undefined): Limits | null {
    const inner = getNullableType(type);
    if (isListType(inner)) return limitsOf(inner.ofType, declared);
    if (isScalarType(inner)) {
      const fallback = inner.name === 'ID' || inner.name === 'String' ? DEFAULT_MAX_LENGTH[inner.name] : undefined;
      const max = declared ?? fallback;
      return max === undefined ? null : { kind: 'string', max };
    }
    if (!isInputObjectType(inner)) return null;
    if (objects.has(inner.name)) return objects.get(inner.name)!;
    const fields = new Map<string, { type: GraphQLInputType; limits: Limits }>();
    const limits: Limits = { kind: 'object', fields };
    objects.set(inner.name, limits); // before recursing: input types may refer to themselves
    for (const field of Object.values(inner.getFields())) {
      const nested = limitsOf(field.type, maxLengthOf(field.astNode?.directives));
      if (nested) fields.set(field.name, { type: field.type, limits: nested });
    }
    if (!fields.size) objects.set(inner.name, null);
    return fields.size ? limits : null;
  }

  function check(value: unknown, limits: Limits, path: string): void {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) return value.forEach((item, i) => check(item, limits, `${path}[${i}]`));
    if (limits.kind === 'string') {
      if (typeof value === 'string' && value.length > limits.max && [...value].length > limits.max) {
        throw badUserInput(`${path} is too long: at most ${limits.max} characters.`, path);
      }
      return;
    }
    for (const [name, field] of limits.fields) check(fieldOf(value, name), field.limits, `${path}.${name}`);
  }

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const checked = field.args.flatMap((arg: GraphQLArgument) => {
        const limits = limitsOf(arg.type, maxLengthOf(arg.astNode?.directives));
        return limits ? [{ name: arg.name, limits }] : [];
      });
      if (!checked.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        for (const { name, limits } of checked) check(args[name], limits, name);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
