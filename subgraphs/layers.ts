// The layers of a subgraph, as subgraphs/README.md states them, checked from the imports of every
// source file (subgraphs/layers.test.ts). A value import carries behaviour and must follow the
// chain resolvers → services → store → models, with domain (pure rules) beside it; a type-only
// import carries none and may name any lower layer's types (a resolver names the stored document
// it shapes). Nothing imports a layer above its own, and nothing but the composition root
// (server.ts, index.ts) imports the composition root.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const LAYERS = ['resolvers', 'services', 'store', 'models', 'domain'] as const;
type Layer = (typeof LAYERS)[number] | 'root' | 'context' | 'config';

/**
 * What each layer may import: `value`, and with a type-only import `type` besides. `root` is server.ts and index.ts (they wire
 * everything); `context` is the per-request context's type; `config` is the environment reader.
 */
const MAY_IMPORT: Record<Layer, { value: readonly Layer[]; type: readonly Layer[] }> = {
  root: { value: ['root', 'resolvers', 'services', 'store', 'models', 'domain', 'config', 'context'], type: [] },
  resolvers: { value: ['resolvers', 'services', 'domain'], type: ['context', 'models', 'config'] },
  services: { value: ['services', 'store', 'domain', 'config'], type: ['context', 'models'] },
  store: { value: ['store', 'models', 'domain'], type: [] },
  models: { value: ['models', 'domain'], type: [] },
  domain: { value: ['domain'], type: ['models', 'config'] },
  context: { value: [], type: ['services', 'domain', 'models', 'config'] },
  config: { value: ['config', 'domain'], type: [] },
};
/** A type-only import may name whatever a value import may, and the `type` layers besides. */
const mayImport = (from: Layer, to: Layer, typeOnly: boolean) =>
  MAY_IMPORT[from].value.includes(to) || (typeOnly && MAY_IMPORT[from].type.includes(to));

/** The layer a file of `subgraphs/<name>/src` belongs to, or null for a file outside any (it is reported). */
export function layerOf(pathInSrc: string): Layer | null {
  const [top, ...rest] = pathInSrc.split('/');
  if (rest.length) return LAYERS.find((layer) => layer === top) ?? null;
  if (top === 'server.ts' || top === 'index.ts') return 'root';
  if (top === 'context.ts') return 'context';
  if (top === 'config.ts') return 'config';
  return null;
}

export interface LayerViolation {
  file: string;
  line: number;
  message: string;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });

/** Every import of a subgraph's source that its layers forbid (files given in `extra` are read from it instead of disk). */
export function layerViolations(root: string, extra: Record<string, string> = {}): LayerViolation[] {
  const violations: LayerViolation[] = [];
  const subgraphsDir = join(root, 'subgraphs');
  for (const name of readdirSync(subgraphsDir)) {
    const src = join(subgraphsDir, name, 'src');
    if (!statSync(join(subgraphsDir, name)).isDirectory()) continue;
    const files = [...new Set([...sourceFiles(src), ...Object.keys(extra).filter((f) => f.startsWith(`${src}/`))])];
    for (const file of files) {
      const at = relative(src, file);
      const from = layerOf(at);
      const shown = relative(root, file);
      if (!from) {
        violations.push({ file: shown, line: 1, message: `is in no layer: put it in one of ${LAYERS.join('/, ')}/` });
        continue;
      }
      const text = extra[file] ?? readFileSync(file, 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      for (const statement of source.statements) {
        const specifier = moduleOf(statement);
        if (from === 'resolvers' && specifier) {
          const deciding = authorizationIn(statement, specifier);
          if (deciding.length)
            violations.push({
              file: shown,
              line: lineOf(source, statement),
              message: `resolvers decide who may do what (${deciding.join(', ')}): a service decides it`,
            });
        }
        if (!specifier?.startsWith('.')) continue;
        const target = relative(src, resolve(dirname(file), specifier));
        if (target.startsWith('..')) {
          violations.push({ file: shown, line: lineOf(source, statement), message: `imports ${specifier}, outside its subgraph` });
          continue;
        }
        const to = layerOf(target);
        const typeOnly = isTypeOnly(statement);
        const allowed = to && mayImport(from, to, typeOnly);
        if (!allowed)
          violations.push({
            file: shown,
            line: lineOf(source, statement),
            message: `${from} imports ${typeOnly ? 'types of ' : ''}${to ?? 'a file in no layer'} (${target})`,
          });
      }
    }
  }
  return violations;
}

/**
 * Kit's role and permission checks a resolver imports as values. Who may do what is a service's to
 * decide; a resolver only resolves an entity reference through the one shared check.
 */
const AUTHORIZATION: Record<string, (name: string) => boolean> = {
  '#kit/authorize.ts': (name) => name !== 'resolveProfileReference',
  '#kit/viewer.ts': (name) => /^(hasRole|isAnalystOnly)$/.test(name),
};

function authorizationIn(statement: ts.Statement, specifier: string): string[] {
  const deciding = AUTHORIZATION[specifier];
  if (!deciding || !ts.isImportDeclaration(statement) || isTypeOnly(statement)) return [];
  const bindings = statement.importClause?.namedBindings;
  if (!bindings) return [];
  if (ts.isNamespaceImport(bindings)) return [`* from ${specifier}`];
  return bindings.elements.filter((e) => !e.isTypeOnly && deciding((e.propertyName ?? e.name).text)).map((e) => e.name.text);
}

function moduleOf(statement: ts.Statement): string | undefined {
  if (
    (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
    statement.moduleSpecifier &&
    ts.isStringLiteral(statement.moduleSpecifier)
  )
    return statement.moduleSpecifier.text;
  return undefined;
}

/** `import type {…}`, `import { type a, type b }`, `export type {…} from`: nothing of it exists at run time. */
function isTypeOnly(statement: ts.Statement): boolean {
  if (ts.isExportDeclaration(statement)) return statement.isTypeOnly;
  if (!ts.isImportDeclaration(statement)) return false;
  const clause = statement.importClause;
  if (!clause) return false; // a side-effect import runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

const lineOf = (source: ts.SourceFile, node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
