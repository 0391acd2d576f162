import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations for the portal: every `graphql(...)` document in portal/src, checked against
// the public schema and given its result and variable types (`npm run codegen`; a test fails
// when portal/src/gql is stale). Run from the repository root.
const config: CodegenConfig = {
  schema: 'schema/supergraph.graphql',
  documents: ['portal/src/**/*.tsx', 'portal/src/**/*.ts', '!portal/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'portal/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          EmailAddress: 'string',
          PhoneNumber: 'string',
          Locale: 'string',
          CountryCode: 'string',
          TimeZone: 'string',
          URL: 'string',
          JSON: 'unknown',
          join__FieldSet: 'string',
          link__Import: 'unknown',
        },
      },
    },
  },
};

export default config;
