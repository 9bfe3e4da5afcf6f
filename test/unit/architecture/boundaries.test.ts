// Issue 17: the architecture's boundaries are lint rules (eslint.config.mjs). This test lints
// in-memory files that break each boundary, placed where the rule applies, and expects the error,
// so a rule that stops matching (a renamed folder, a changed pattern) fails here, not silently.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '..', '..', '..');

interface Reported {
  rule: string | null;
  line: number;
  message: string;
}

let eslint: ESLint;

/** The boundary errors ESLint reports for `code` as if it were the file at `file` (relative to the repository). */
async function boundaryErrors(file: string, code: string): Promise<Reported[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  assert.ok(result, `ESLint returned no result for ${file}`);
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax' || m.fatal)
    .map((m) => ({ rule: m.ruleId, line: m.line, message: m.message }));
}

/** ESLint's wording: the module, then the reason the config gives. */
const byPattern = (module: string, reason: string) => `'${module}' import is restricted from being used by a pattern. ${reason}`;
const byPath = (module: string, reason: string) => `'${module}' import is restricted from being used. ${reason}`;

const FACE_MESSAGE = "Import the engine only through its public API, src/core/index.ts ('../core'); export what a face needs there.";
const NODE_MESSAGE = 'src/core imports no Node built-in: it runs in any JavaScript host. Take the capability through an interface (CorpusFileSystem, IndexCacheStore) and implement it in src/node.';
const VSCODE_MESSAGE = 'Only src/extension may import vscode: the engine, the CLI and the Node adapters run without an editor.';
const CLAIMS_MESSAGE = 'src/core/corpus imports nothing from src/core/claims: indexing must not depend on how claims are read.';
const CORE_LOAD_MESSAGE = 'src/core loads no Node built-in and no vscode, not even through require() or import(): it runs in any JavaScript host.';

describe('architecture: lint rules hold the boundaries (issue 17)', function () {
  this.timeout(60_000);

  before(() => {
    eslint = new ESLint({ cwd: ROOT });
  });

  it('a face importing an engine internal is an error, in the CLI, its subfolders, the extension and src/node', async () => {
    const cases: [string, string][] = [
      ['src/cli/probe.ts', "import type { Problem } from '../core/types';\nexport type P = Problem;\n"],
      ['src/cli/format/probe.ts', "import { DEFAULT_SEVERITY } from '../../core/findings/context';\nexport const d = DEFAULT_SEVERITY;\n"],
      ['src/extension/probe.ts', "export { decodeSource } from '../core/corpus/decode';\n"],
      ['src/node/probe.ts', "import type { CorpusFileSystem } from '../core/corpus/fileSystem';\nexport type F = CorpusFileSystem;\n"],
    ];
    for (const [file, code] of cases) {
      const module = /from '([^']+)'/.exec(code)?.[1] ?? '';
      assert.deepEqual(await boundaryErrors(file, code), [{ rule: 'no-restricted-imports', line: 1, message: byPattern(module, FACE_MESSAGE) }], file);
    }
  });

  it('a face importing the public API is clean', async () => {
    const code = "import { BriefChecker, type BriefResult } from '../core';\nexport const use = (r: BriefResult) => [BriefChecker, r];\n";
    assert.deepEqual(await boundaryErrors('src/extension/probe.ts', code), []);
    assert.deepEqual(await boundaryErrors('src/cli/probe.ts', code), []);
  });

  it('the engine importing a Node built-in, bare, with node: or by require/import(), is an error', async () => {
    const code = [
      "import * as fs from 'node:fs';",
      "import { join } from 'path';",
      "import { readFile } from 'fs/promises';",
      "const os = require('os');",
      "export const later = () => import('node:crypto');",
      'export const all = [fs, join, readFile, os];',
      '',
    ].join('\n');
    assert.deepEqual(await boundaryErrors('src/core/verify/probe.ts', code), [
      { rule: 'no-restricted-imports', line: 1, message: byPattern('node:fs', NODE_MESSAGE) },
      { rule: 'no-restricted-imports', line: 2, message: byPattern('path', NODE_MESSAGE) },
      { rule: 'no-restricted-imports', line: 3, message: byPattern('fs/promises', NODE_MESSAGE) },
      { rule: 'no-restricted-syntax', line: 4, message: CORE_LOAD_MESSAGE },
      { rule: 'no-restricted-syntax', line: 5, message: CORE_LOAD_MESSAGE },
    ]);
  });

  it('the engine, the CLI and the Node adapters importing vscode is an error; the extension may', async () => {
    const code = "import * as vscode from 'vscode';\nexport const v = vscode;\n";
    for (const file of ['src/core/probe.ts', 'src/core/corpus/probe.ts', 'src/cli/probe.ts', 'src/node/probe.ts']) {
      assert.deepEqual(await boundaryErrors(file, code), [{ rule: 'no-restricted-imports', line: 1, message: byPath('vscode', VSCODE_MESSAGE) }], file);
    }
    assert.deepEqual(await boundaryErrors('src/extension/probe.ts', code), []);
  });

  it('the corpus importing the claim analyser is an error, and its other boundaries still hold', async () => {
    const code = [
      "import { analyze } from '../claims/analyze';",
      "import type { Analysis } from '../claims/analyze';",
      "import * as path from 'node:path';",
      "import { splitSentences } from '../text/sentences';",
      'export const all = [analyze, path, splitSentences] as const;',
      'export type A = Analysis;',
      '',
    ].join('\n');
    assert.deepEqual(await boundaryErrors('src/core/corpus/probe.ts', code), [
      { rule: 'no-restricted-imports', line: 1, message: byPattern('../claims/analyze', CLAIMS_MESSAGE) },
      { rule: 'no-restricted-imports', line: 2, message: byPattern('../claims/analyze', CLAIMS_MESSAGE) },
      { rule: 'no-restricted-imports', line: 3, message: byPattern('node:path', NODE_MESSAGE) },
    ]);
  });

  it('the rest of the engine may use the claim analyser', async () => {
    const code = "import { analyze } from '../claims/analyze';\nexport const a = analyze;\n";
    assert.deepEqual(await boundaryErrors('src/core/verify/probe.ts', code), []);
  });
});
