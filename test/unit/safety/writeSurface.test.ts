// Issue 7, safety: the places in the source that can write anything are few and known. Every call
// that writes a file, edits a document or changes a setting is listed here with the reason it is
// allowed; a new one fails this test until someone has looked at it and added it.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = path.resolve(__dirname, '..', '..', '..', 'src');

/** Calls that write files, edit documents or change settings (Node and VS Code APIs). */
const WRITERS: { what: string; pattern: RegExp }[] = [
  // A write function called on a file-system module (`fs.writeFile`, `fsp.rename`, `fs.promises.rm`) …
  { what: 'node fs write', pattern: /\b\w*fs\w*\.(?:promises\.)?(?:writeFile|appendFile|createWriteStream|rename|unlink|rmdir|rm|mkdir|mkdtemp|copyFile|cp|truncate|chmod|chown|utimes|symlink|link|open)(?:Sync)?\s*\(/i },
  // … or imported by name from it.
  { what: 'node fs write', pattern: /import\s*\{[^}]*\b(?:writeFile|appendFile|createWriteStream|rename|unlink|rmdir|rm|mkdir|copyFile|cp|truncate|symlink|open)(?:Sync)?\b[^}]*\}\s*from\s*['"](?:node:)?fs(?:\/promises)?['"]/ },
  { what: 'VS Code file write', pattern: /workspace\.fs\.(?:writeFile|delete|rename|copy|createDirectory)\b/ },
  { what: 'document edit', pattern: /\b(?:applyEdit|insertSnippet)\s*\(|\beditor\.edit\s*\(|\.edit\(\s*\(?\s*(?:builder|edit|b)\b/ },
  { what: 'setting change', pattern: /getConfiguration\([^)]*\)\s*\.update\(|\bconfig(?:uration)?\.update\(|\.update\(\s*['"`]briefLens/ },
];

/** Where writing is expected, and why. */
const ALLOWED: { file: string; what: string; why: string }[] = [
  { file: 'extension/codeActions.ts', what: 'document edit', why: 'applies the fix the writer chose (quick fix, fix-all), guarded against a changed document' },
  { file: 'extension/commands.ts', what: 'document edit', why: 'Insert References Section, run by the writer' },
  { file: 'cli/fix.ts', what: 'node fs write', why: '`check --fix` on a brief the user named, only when its bytes are unchanged since read; never a corpus source' },
  { file: 'extension/claimsView.ts', what: 'setting change', why: 'the Claims view\'s grouping and verdict filter, kept in the extension\'s workspaceState (a Memento, not a setting)' },
  { file: 'cli/output.ts', what: 'node fs write', why: 'brief-lens report -o FILE: the file the user named (never a brief or inside a corpus folder: src/cli/reportCommand.ts); check --fix: the briefs the user named, never one inside a corpus folder (src/cli/fix.ts)' },
  { file: 'node/nodeIndexCache.ts', what: 'node fs write', why: 'the CLI index cache, in its own cache folder (never the corpus)' },
  { file: 'extension/indexCacheStore.ts', what: 'VS Code file write', why: 'the editor index cache, in the extension\'s global storage (never the workspace or the corpus)' },
  { file: 'extension/indexCacheStore.ts', what: 'node fs write', why: 'the same calls, seen through `workspace.fs.` (the editor index cache in global storage)' },
];

/** `fs.open(…, constants.O_RDONLY | …)` on one line: a bounded read (issue 16), not a write. */
const READ_ONLY_OPEN = /\bfs\.open\([^;]*\bconstants\.O_RDONLY\b/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const location = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(location);
    return entry.name.endsWith('.ts') ? [location] : [];
  });
}

describe('safety: every place that can write is known (issue 7)', () => {
  it('no source file writes files, edits documents or changes settings except the listed ones', () => {
    const found: string[] = [];
    for (const file of sources(SRC)) {
      const relative = path.relative(SRC, file).split(path.sep).join('/');
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(?:\/\/|\*)/.test(line)) return; // comments
        if (READ_ONLY_OPEN.test(line) && !/O_(?:WRONLY|RDWR|CREAT|TRUNC|APPEND)/.test(line)) return; // opened to read, never to write
        for (const { what, pattern } of WRITERS) {
          if (!pattern.test(line)) continue;
          if (ALLOWED.some((a) => a.file === relative && a.what === what)) continue;
          found.push(`${relative}:${i + 1}: ${what}: ${line.trim()}`);
        }
      });
    }
    assert.deepEqual(found, [], `unexpected write sites (review them, then list them in ALLOWED with a reason):\n${found.join('\n')}`);
  });

  it('the patterns catch what they look for (so the test above can fail)', () => {
    const samples: [string, string][] = [
      ['await fs.writeFile(p, x);', 'node fs write'],
      ['fs.renameSync(a, b)', 'node fs write'],
      ['await fs.promises.rm(dir)', 'node fs write'],
      ['await vscode.workspace.fs.writeFile(uri, bytes);', 'VS Code file write'],
      ['await vscode.workspace.applyEdit(edit);', 'document edit'],
      ['await editor.edit((builder) => builder.insert(p, s));', 'document edit'],
      ["vscode.workspace.getConfiguration('briefLens').update('enable', false)", 'setting change'],
    ];
    for (const [line, what] of samples) assert.ok(WRITERS.some((w) => w.what === what && w.pattern.test(line)), line);
    assert.ok(WRITERS.some((w) => w.pattern.test("import { writeFileSync } from 'node:fs';")));
    assert.ok(!WRITERS.some((w) => w.pattern.test('return truncate(a.value, p);')));
  });
});
