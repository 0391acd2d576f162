import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

/** kit's query helpers: a query by another name, so the store's alone to call (kit/src/mongo.ts, timeBuckets.ts). */
const KIT_QUERIES = new Set([
  'findByKeys',
  'countByKeys',
  'updateByKeys',
  'deleteByKeys',
  'estimatedCount',
  'findSince',
  'insertNew',
  'insertManyNew',
  'fieldsOf',
]);

const DRIVER = /[/\\]node_modules[/\\](mongoose|mongodb)[/\\]/;

/** One call to the database outside a subgraph's store. */
export interface StoreBoundaryViolation {
  file: string;
  line: number;
  call: string;
}

/** Where a subgraph's code may talk to the database itself: its store, and its models (which declare the collections). */
export const mayQuery = (file: string): boolean => /[/\\]src[/\\](store|models)[/\\]/.test(file);

/** Source files of the subgraphs whose database access the rule governs: everything but tests. */
const governed = (file: string, root: string) => {
  const path = relative(root, file);
  return path.startsWith(`subgraphs${sep}`) && !path.includes(`${sep}node_modules${sep}`) && !/\.test\.ts$/.test(path);
};

/**
 * Every call in the subgraphs, outside their `store/` and `models/`, to a method that mongoose or
 * the MongoDB driver declares (a model's find, a query's exec, a collection's insertOne, a
 * connection's collection) or to one of kit's query helpers. Decided by the type checker, not by
 * names: `Array.prototype.find` is not a query, `profiles.find` on a model is. kit's own database
 * primitives (locks, outbox, migrations, subject keys, periodic turns) are kit's and not counted;
 * handing a model to them is wiring, not a query.
 */
export function storeBoundaryViolations(program: ts.Program, root: string): StoreBoundaryViolation[] {
  const checker = program.getTypeChecker();
  const declaredIn = (call: ts.CallExpression) => checker.getResolvedSignature(call)?.getDeclaration()?.getSourceFile().fileName ?? '';
  const violations: StoreBoundaryViolation[] = [];
  for (const source of program.getSourceFiles()) {
    if (source.isDeclarationFile || !governed(source.fileName, root) || mayQuery(source.fileName)) continue;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const from = declaredIn(node);
        const callee = node.expression.getText(source);
        const name = ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : callee;
        const driver = DRIVER.test(from);
        const kitQuery = KIT_QUERIES.has(name) && /[/\\]kit[/\\]src[/\\](mongo|timeBuckets)\.ts$/.test(from);
        // A chain (`find().sort().lean().exec()`) is one query: named once, by its first call.
        const inner = ts.isPropertyAccessExpression(node.expression) ? node.expression.expression : undefined;
        const chained = driver && inner !== undefined && ts.isCallExpression(inner) && DRIVER.test(declaredIn(inner));
        if ((driver || kitQuery) && !chained) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          violations.push({ file: relative(root, source.fileName), line: line + 1, call: callee.replace(/\s+/g, ' ').slice(0, 80) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return violations;
}

/** The project's program, as `tsc -p` sees it, optionally with extra in-memory files (for the rule's own test). */
export function projectProgram(root: string, extra: Record<string, string> = {}): ts.Program {
  const configPath = join(root, 'tsconfig.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name in extra ? ts.createSourceFile(name, extra[name]!, language) : getSourceFile(name, language, ...rest);
  host.fileExists = (name) => name in extra || fileExists(name);
  const subgraphFiles = parsed.fileNames.filter((f) => governed(f, root));
  return ts.createProgram({ rootNames: [...subgraphFiles, ...Object.keys(extra)], options: parsed.options, host });
}
