import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import {
  CountryCodeResolver,
  DateTimeResolver,
  EmailAddressResolver,
  JSONResolver,
  LocalDateResolver,
  LocaleResolver,
  TimeZoneResolver,
  URLResolver,
} from 'graphql-scalars';

/**
 * Phone numbers in E.164 (`+442079460958`); spaces, dashes, dots and brackets are accepted and
 * removed. graphql-scalars' PhoneNumber accepts numbers without a country code, which cannot be
 * compared or deduplicated across sources.
 */
const E164 = /^\+[1-9]\d{6,14}$/;
const parsePhone = (value: unknown): string => {
  const normalized = typeof value === 'string' ? value.replace(/[\s().-]/g, '') : '';
  if (!E164.test(normalized)) {
    throw new GraphQLError('Value is not a phone number in international format (E.164, e.g. +442079460958).', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return normalized;
};
const PhoneNumberResolver = new GraphQLScalarType({
  name: 'PhoneNumber',
  description: 'A phone number in E.164 international format, e.g. +442079460958.',
  serialize: (value) => String(value),
  parseValue: parsePhone,
  parseLiteral: (ast) => parsePhone(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** RFC 5321 caps a path (and so an address anyone can deliver to) at 254 characters; graphql-scalars does not. */
const MAX_EMAIL_LENGTH = 254;
const boundedEmail = (value: unknown): unknown => {
  if (typeof value === 'string' && value.length > MAX_EMAIL_LENGTH) {
    throw new GraphQLError(`Value is not an email address: at most ${MAX_EMAIL_LENGTH} characters.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
};
const EmailAddress = new GraphQLScalarType({
  ...EmailAddressResolver.toConfig(),
  parseValue: (value) => EmailAddressResolver.parseValue(boundedEmail(value)),
  parseLiteral: (ast, variables) => {
    if (ast.kind === Kind.STRING) boundedEmail(ast.value);
    return EmailAddressResolver.parseLiteral(ast, variables);
  },
});

/** The graphql-scalars each subgraph may declare; values are validated at the edge of the type system. */
export const scalarResolvers = {
  CountryCode: CountryCodeResolver,
  DateTime: DateTimeResolver,
  EmailAddress,
  JSON: JSONResolver,
  LocalDate: LocalDateResolver,
  Locale: LocaleResolver,
  PhoneNumber: PhoneNumberResolver,
  TimeZone: TimeZoneResolver,
  URL: URLResolver,
};

export type ScalarName = keyof typeof scalarResolvers;

// Object.fromEntries forgets which keys it was given; they are exactly `names`, so the cast holds.
export const scalars = <N extends ScalarName>(...names: N[]) =>
  Object.fromEntries(names.map((name) => [name, scalarResolvers[name]])) as Pick<typeof scalarResolvers, N>;
