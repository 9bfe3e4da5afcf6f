// Every regular-expression literal in a TypeScript source tree, with where it is written: the input
// of the ReDoS check (test/unit/safety/redos.test.ts) and of `scripts/redos-report.ts`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

export interface RegexLiteral {
  /** `/`-separated path relative to the root given. */
  file: string;
  line: number;
  source: string;
  flags: string;
}

export function regexLiterals(root: string): RegexLiteral[] {
  const found: RegexLiteral[] = [];
  for (const file of typeScriptFiles(root)) {
    const text = fs.readFileSync(file, 'utf8');
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sourceFile);
        const close = literal.lastIndexOf('/');
        found.push({
          file: path.relative(root, file).split(path.sep).join('/'),
          line: sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1,
          source: literal.slice(1, close),
          flags: literal.slice(close + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}

function typeScriptFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const location = path.join(dir, entry.name);
      if (entry.isDirectory()) return typeScriptFiles(location);
      return entry.name.endsWith('.ts') ? [location] : [];
    });
}
