// Where source code asserts a type instead of checking it (`value as T`, `<T>value`). Issue 17:
// casts in source are cut to the few a comment justifies; the test beside this file lists those
// few and fails on any other, so a new one needs a reason written next to it and in the list.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import ts from 'typescript';

/** One type assertion: where, and its text (`JSON.parse(raw) as T`). */
export interface TypeCast {
  file: string;
  line: number;
  text: string;
}

/** The source files the rule governs: the product's code and its scripts, not tests or generated files. */
export function governedFiles(root: string): string[] {
  return execFileSync('git', ['ls-files', 'kit', 'gateway', 'subgraphs', 'portal/src', 'scripts'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((file) => /\.tsx?$/.test(file) && !/\.(test|e2e)\.tsx?$|\.d\.ts$|\.generated\.ts$|portal\/src\/gql\//.test(file));
}

/** Every type assertion in these sources (`as const` is a literal, not an assertion, and is left out). */
export function typeCastsIn(sources: Record<string, string>): TypeCast[] {
  const found: TypeCast[] = [];
  for (const [file, text] of Object.entries(sources)) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      const cast = (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && node.type.getText(source) !== 'const';
      // `x as unknown as T` is one cast, reported once (the outer one).
      const innerOfChain = node.parent !== undefined && ts.isAsExpression(node.parent) && node.parent.expression === node;
      if (cast && !innerOfChain)
        found.push({
          file,
          line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
          text: node.getText(source).replace(/\s+/g, ' '),
        });
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The type assertions in the governed sources under `root`. */
export const typeCasts = (root: string): TypeCast[] =>
  typeCastsIn(Object.fromEntries(governedFiles(root).map((file) => [file, readFileSync(`${root}/${file}`, 'utf8')])));
