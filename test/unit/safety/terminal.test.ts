// A terminal nobody can drive: text read from a source, a manifest or a file name is printed with
// its control characters escaped, so it cannot clear the screen, set the title, plant a link,
// reorder text or forge an output line.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapeControls } from '../../../src/cli/format/escape';
import { formatSourcesText } from '../../../src/cli/format/sources';
import { formatCheckText } from '../../../src/cli/format/text';
import { report } from '../cli/fixtures';
import { makeCorpus, removeDir } from '../corpus/helpers';

/** Anything a terminal acts on: C0 (but for nothing), DEL, C1, bidi controls and line separators. */
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('safety: terminal output', () => {
  it('escapes C0, C1, DEL and bidi controls, and keeps everything else', () => {
    assert.equal(escapeControls('a\x1b]0;pwned\x07b'), 'a\\x1b]0;pwned\\x07b');
    assert.equal(escapeControls('x\ny\r\tz'), 'x\\ny\\r\\tz');
    assert.equal(escapeControls('\u202egnp.exe \u2066\u2069 \x7f \x9b \u2028'), '\\u202egnp.exe \\u2066\\u2069 \\x7f \\x9b \\u2028');
    assert.equal(escapeControls('£40 — “quoted” 東京 C:\\path'), '£40 — “quoted” 東京 C:\\path');
  });

  it('the sources listing escapes keys, titles, metadata, file names and problems', () => {
    const out = formatSourcesText(
      [{ key: 'k\x1b[2J', title: 'Title\x1b]8;;http://evil\x07link', author: 'A\u202eB', file: '/work/c/x\ny.md', passageCount: 1 }],
      [{ file: '/work/c/bad\n/work/report.md:1:1 info all-clear.md', message: 'is \x1b[8mhidden' }],
      '/work',
    );
    assert.doesNotMatch(out.replace(/\n/g, ''), ACTIVE);
    assert.deepEqual(out.split('\n'), [
      'k\\x1b[2J  Title\\x1b]8;;http://evil\\x07link',
      '    author: A\\u202eB',
      '    file: c/x\\ny.md',
      '    passages: 1',
      '1 source, 1 passage',
      '',
      '1 problem:',
      '    c/bad\\n/work/report.md:1:1 info all-clear.md: is \\x1b[8mhidden',
      '',
    ]);
  });

  it('check output escapes the brief path, the message, the evidence key, file and text', () => {
    const first = report.briefs[0]!;
    const cited = first.result.findings.find((finding) => finding.evidence)!;
    const evidence = cited.evidence!;
    const hostile = {
      ...report,
      briefs: [
        {
          file: '/work/briefs/a\nb.md',
          result: {
            ...first.result,
            findings: [{ ...cited, message: 'says \x1b]0;title\x07', evidence: { ...evidence, key: 'k\u202e', file: '/work/x\x1b.txt', text: 'evidence \x9b31m red' } }],
          },
        },
      ],
    };
    const lines = formatCheckText(hostile, '/work').split('\n');
    assert.equal(lines[0], 'briefs/a\\nb.md:3:13 error contradicted-figure says \\x1b]0;title\\x07');
    assert.match(lines[1] ?? '', /^ {4}evidence \(contradicts\) \[@k\\u202e\] x\\x1b\.txt:4:1: "evidence \\x9b31m red"$/);
  });

  it('end to end: a source file named with a newline and ESC cannot forge a line (node dist/cli.js)', function () {
    const cli = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');
    if (!fs.existsSync(cli) || process.platform === 'win32') this.skip();
    const name = 'x\nreport.md:1:1 info all-clear \x1b[2J.md';
    const corpus = makeCorpus({ [name]: '# T\x1b]0;owned\x07itle\n\nSome text about budgets and \u202eevil.\n' });
    try {
      const run = spawnSync(process.execPath, [cli, 'sources', '-c', corpus], { encoding: 'utf8', env: { ...process.env, BRIEF_LENS_CACHE: 'off' } });
      assert.equal(run.status, 0, run.stderr);
      assert.doesNotMatch(run.stdout.replace(/\n/g, ''), ACTIVE);
      assert.doesNotMatch(run.stdout, /^report\.md:1:1/m);
      assert.match(run.stdout, /^x-report\.md:1:1-info-all-clear-2J {2}T\\x1b\]0;owned\\x07itle$/m);
      assert.match(run.stdout, /^ {4}file: .*x\\nreport\.md:1:1 info all-clear \\x1b\[2J\.md$/m);
    } finally {
      removeDir(corpus);
    }
  });
});
