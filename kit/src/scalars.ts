import {
  CountryCodeResolver,
  DateTimeResolver,
  EmailAddressResolver,
  JSONResolver,
  LocaleResolver,
  PhoneNumberResolver,
  URLResolver,
} from 'graphql-scalars';

/** The graphql-scalars each subgraph may declare; values are validated at the edge of the type system. */
export const scalarResolvers = {
  CountryCode: CountryCodeResolver,
  DateTime: DateTimeResolver,
  EmailAddress: EmailAddressResolver,
  JSON: JSONResolver,
  Locale: LocaleResolver,
  PhoneNumber: PhoneNumberResolver,
  URL: URLResolver,
};

export type ScalarName = keyof typeof scalarResolvers;

export const scalars = <N extends ScalarName>(...names: N[]) =>
  Object.fromEntries(names.map((name) => [name, scalarResolvers[name]])) as Pick<typeof scalarResolvers, N>;
