// Issue 7 through the command line: any brief file (random bytes, any encoding, any Markdown) gives
// exit code 0, 1 or 2, valid JSON / SARIF on stdout, and no stack trace. Runs the CLI in-process.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { nodeEngine } from '../../../src/cli/nodeEngine';
import { run } from '../../../src/cli/run';
import { SEEDS } from './fixtures';
import { briefText, makeEnv, type Env } from './properties';

describe('property: the CLI on any brief file (issue 7)', function () {
  this.timeout(120_000);
  let env: Env;
  let work: string;
  before(async () => {
    env = await makeEnv();
    work = fs.mkdtempSync(path.join(tmpdir(), 'brief-lens-cli-property-'));
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('exits 0, 1 or 2 with parseable output and no stack trace', async () => {
    const bytes = fc.oneof(
      { weight: 3, arbitrary: briefText(env, 1000).map((t) => new TextEncoder().encode(t)) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }) },
      { weight: 1, arbitrary: briefText(env, 400).map((t) => Uint8Array.from([0xfe, 0xff, ...Array.from(t).flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])])) },
      { weight: 1, arbitrary: briefText(env, 400).map((t) => Uint8Array.from(Array.from(t, (c) => c.charCodeAt(0) & 0xff))) },
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('text', 'json', 'sarif'), async (content, format) => {
        const file = path.join(work, `brief-${++n}.md`);
        fs.writeFileSync(file, content);
        let stdout = '';
        let stderr = '';
        const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), cwd: work, defaultCorpus: SEEDS, name: 'brief-lens', version: '0.0.0' };
        const code = await run(['check', file, '--format', format], io, nodeEngine);
        fs.rmSync(file);
        assert.ok([0, 1, 2].includes(code), `exit code ${code}`);
        assert.doesNotMatch(stderr, /^\s+at .+:\d+:\d+\)?$/m, `stack trace on stderr:\n${stderr}`);
        if (code !== 2 && format !== 'text') JSON.parse(stdout);
        if (code === 2) assert.ok(stderr.trim().length > 0, 'exit 2 without a message');
      }),
      { seed: 20260207, numRuns: 40 },
    );
  });
});
