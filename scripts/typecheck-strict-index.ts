// Keeps the folders already clean of unchecked index access clean, while other lanes finish theirs.
// Runs tsc with tsconfig.strict-index.json (tsconfig.json plus noUncheckedIndexedAccess) and fails
// on any error outside the folders still being fixed; those are only counted. Temporary: when
// tsconfig.json turns the flag on, `npm run typecheck` needs neither this script nor that config.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/** Folders whose unchecked index accesses other lanes are still fixing (j12: verify, claims, lexicon; j16: corpus, text, brief). */
const PENDING = ['src/core/verify/', 'src/core/claims/', 'src/core/lexicon/', 'src/core/corpus/', 'src/core/text/', 'src/core/brief/'];

const ROOT = path.join(__dirname, '..');
const tsc = require.resolve('typescript/bin/tsc');
const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.strict-index.json', '--noEmit', '--pretty', 'false'], { cwd: ROOT, encoding: 'utf8' });
if (run.error) throw run.error;

// One diagnostic per line: `file(line,col): error TSnnnn: message`, continued by indented lines.
const diagnostics = `${run.stdout}${run.stderr}`.split('\n').reduce<string[]>((all, line) => {
  if (/^\s/.test(line) && all.length > 0) all[all.length - 1] += `\n${line}`;
  else if (line.trim() !== '') all.push(line);
  return all;
}, []);
const pending = new Map<string, number>();
const failing: string[] = [];
for (const diagnostic of diagnostics) {
  const folder = PENDING.find((prefix) => diagnostic.replace(/\\/g, '/').startsWith(prefix));
  if (folder) pending.set(folder, (pending.get(folder) ?? 0) + 1);
  else failing.push(diagnostic);
}

const deferred = [...pending].map(([folder, count]) => `${folder} ${count}`).join(', ');
if (deferred) console.log(`noUncheckedIndexedAccess: errors left to the lanes still fixing them: ${deferred}`);
if (failing.length > 0 || (run.status !== 0 && diagnostics.length === 0)) {
  console.error(failing.join('\n'));
  console.error(`\nnoUncheckedIndexedAccess: ${failing.length} error(s) outside ${PENDING.join(', ')} (tsconfig.strict-index.json).`);
  process.exit(1);
}
