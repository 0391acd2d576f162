import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layerViolations } from './layers.ts';

const root = join(import.meta.dirname, '..');
const named = (v: { file: string; message: string }) => `${v.file}: ${v.message}`;

describe("each subgraph's layers (subgraphs/README.md)", () => {
  it('import only downwards: resolvers → services → store → models, domain beside them', () => {
    expect(layerViolations(root).map(named)).toEqual([]);
  });

  it('finds a resolver reaching the store or deciding who may do what, a store reaching up, a domain rule doing I/O, and a file in no layer', () => {
    const src = join(root, 'subgraphs/preference/src');
    const fixtures = {
      [`${src}/resolvers/__fixture.ts`]: `import { preferenceStore } from '../store/preferenceStore.ts';\nimport type { PreferenceSetDoc } from '../models/PreferenceSet.ts';\nexport { preferenceStore };`,
      [`${src}/store/__fixture.ts`]: `import { Mutation } from '../resolvers/Mutation.ts';\nexport { Mutation };`,
      [`${src}/domain/__fixture.ts`]: `import { preferenceSetModel } from '../models/PreferenceSet.ts';\nexport { preferenceSetModel };`,
      [`${src}/helpers.ts`]: `export const x = 1;`,
      [`${src}/resolvers/__fixture2.ts`]: `import { assertAdmin, resolveProfileReference, type ProfileRef } from '#kit/authorize.ts';\nimport { hasRole } from '#kit/viewer.ts';\nexport { assertAdmin, resolveProfileReference, hasRole };\nexport type { ProfileRef };`,
    };
    const found = layerViolations(root, fixtures)
      .filter((v) => v.file.includes('__fixture') || v.file.endsWith('helpers.ts'))
      .map(named);
    expect(found.sort()).toEqual(
      [
        'subgraphs/preference/src/domain/__fixture.ts: domain imports models (models/PreferenceSet.ts)',
        'subgraphs/preference/src/helpers.ts: is in no layer: put it in one of resolvers/, services/, store/, models/, domain/',
        'subgraphs/preference/src/resolvers/__fixture.ts: resolvers imports store (store/preferenceStore.ts)',
        'subgraphs/preference/src/resolvers/__fixture2.ts: resolvers decide who may do what (assertAdmin): a service decides it',
        'subgraphs/preference/src/resolvers/__fixture2.ts: resolvers decide who may do what (hasRole): a service decides it',
        'subgraphs/preference/src/store/__fixture.ts: store imports resolvers (resolvers/Mutation.ts)',
      ].sort(),
    );
  });
});
