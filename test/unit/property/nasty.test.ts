// Every nasty input issue 7 names, one by one: alone, repeated into a long line, and dropped into
// the example brief. Deep nesting is checked in a child process with a small stack, where remark's
// recursion overflows at modest depths: the parse falls back instead of throwing.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { BriefChecker } from '../../../src/core';
import { parseBrief } from '../../../src/core/brief/parse';
import { NASTY_FRAGMENTS, REPO_ROOT, SAMPLE_BRIEF } from './fixtures';
import { checkResult } from './invariants';
import { makeEnv, type Env } from './properties';

describe('property: the nasty inputs of issue 7, one by one', function () {
  this.timeout(120_000);
  let env: Env;
  let checker: BriefChecker;
  before(async () => {
    env = await makeEnv();
    checker = new BriefChecker(env.corpus);
  });

  it('each fragment alone, as a long line, and inside the example brief: no exception, every range exact', () => {
    const middle = SAMPLE_BRIEF.indexOf('## Context');
    let version = 0;
    for (const fragment of NASTY_FRAGMENTS) {
      const long = fragment.repeat(Math.max(1, Math.ceil(2_000 / fragment.length)));
      for (const text of [fragment, long, SAMPLE_BRIEF.slice(0, middle) + fragment + SAMPLE_BRIEF.slice(middle), `Oxford and UCL share ${fragment} of new funding [@ukopenlabs].\n`]) {
        const uri = `mem://nasty/${++version}.md`;
        try {
          checkResult(text, checker.check(text, uri, 1), env.corpus, uri, 1);
        } catch (error) {
          assert.fail(`fragment ${JSON.stringify(fragment.slice(0, 40))} (text of ${text.length} characters): ${String(error)}`);
        }
        checker.forget(uri);
      }
    }
  });

  it('deep nesting (quotes, lists, emphasis, links, brackets) never overflows the stack', () => {
    // With a 100 KB stack remark overflows at a few hundred levels; the parse must fall back.
    const script = `
      const { parseBrief } = require(${JSON.stringify(path.join(REPO_ROOT, 'src', 'core', 'brief', 'parse.ts'))});
      const n = 250;
      const inputs = {
        quotes: '> '.repeat(2 * n) + 'Oxford got £60 million.',
        quotesTight: '>'.repeat(2 * n) + ' x',
        lists: '- '.repeat(n) + 'Oxford got £60 million.',
        indented: Array.from({ length: 300 }, (_, i) => '  '.repeat(i) + '- item ' + i + '.').join('\\n'),
        emphasis: '*'.repeat(n) + 'x' + '*'.repeat(n),
        links: '[a'.repeat(n) + '](b)'.repeat(n),
        brackets: '['.repeat(n) + '@key' + ']'.repeat(n),
      };
      const out = {};
      for (const [name, text] of Object.entries(inputs)) {
        try {
          const brief = parseBrief(text);
          for (const s of brief.sentences) if (text.slice(s.span.start, s.span.end) !== s.text) throw new Error('inexact sentence');
          out[name] = 'ok ' + brief.sentences.length;
        } catch (e) {
          out[name] = 'THREW ' + String(e).slice(0, 120);
        }
      }
      process.stdout.write(JSON.stringify(out));
    `;
    const child = spawnSync(process.execPath, ['--stack-size=100', '-r', 'tsx/cjs', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 100_000 });
    assert.equal(child.status, 0, child.stderr);
    const results = JSON.parse(child.stdout) as Record<string, string>;
    const threw = Object.entries(results).filter(([, r]) => r.startsWith('THREW'));
    assert.deepEqual(threw, [], JSON.stringify(results, null, 2));
  });

  it('the same deep inputs parse in this process too (normal stack)', () => {
    for (const text of ['> '.repeat(400) + 'x.', '- '.repeat(300) + 'x.', '*'.repeat(500) + 'x' + '*'.repeat(500)]) {
      const brief = parseBrief(text);
      for (const s of brief.sentences) assert.equal(text.slice(s.span.start, s.span.end), s.text);
    }
  });
});
