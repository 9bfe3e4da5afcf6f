import { strict as assert } from 'node:assert';
import { parseCommandLine, UsageError } from '../../../src/cli/args';

describe('cli/args', () => {
  it('parses check with repeated --corpus and a format', () => {
    assert.deepEqual(parseCommandLine(['check', 'a.md', 'b/*.md', '--corpus', 'x', '--corpus=y', '--format', 'sarif']), {
      kind: 'check',
      patterns: ['a.md', 'b/*.md'],
      corpus: ['x', 'y'],
      bibliography: [],
      format: 'sarif',
      maxFileBytes: undefined,
      seeds: undefined,
      minSeverity: 'hint',
      quiet: false,
      fix: false,
    });
    assert.deepEqual(parseCommandLine(['check', '-c', 'x', '-f', 'json', '--', '-odd.md']), {
      kind: 'check',
      patterns: ['-odd.md'],
      corpus: ['x'],
      bibliography: [],
      format: 'json',
      maxFileBytes: undefined,
      seeds: undefined,
      minSeverity: 'hint',
      quiet: false,
      fix: false,
    });
  });

  it('parses sources, help, version and the size limit', () => {
    assert.deepEqual(parseCommandLine(['sources']), { kind: 'sources', corpus: [], bibliography: [], format: 'text', maxFileBytes: undefined, seeds: undefined });
    assert.deepEqual(parseCommandLine(['sources', '--max-file-mb', '1.5', '--no-seeds']), {
      kind: 'sources',
      corpus: [],
      bibliography: [],
      format: 'text',
      maxFileBytes: 1572864,
      seeds: 'never',
    });
    assert.deepEqual(parseCommandLine(['sources', '-b', 'refs.bib', '--bibliography', 'more.json']), {
      kind: 'sources',
      corpus: [],
      bibliography: ['refs.bib', 'more.json'],
      format: 'text',
      maxFileBytes: undefined,
      seeds: undefined,
    });
    assert.throws(() => parseCommandLine(['sources', '--bibliography', ' ']), /--bibliography needs a file/);
    assert.deepEqual(parseCommandLine(['--help']), { kind: 'help' });
    assert.deepEqual(parseCommandLine(['check', '-h']), { kind: 'help' });
    assert.deepEqual(parseCommandLine(['--version']), { kind: 'version' });
    assert.deepEqual(parseCommandLine(['-v']), { kind: 'version' });
  });

  it('parses --seeds, --min-severity, --quiet, --fix and standard input', () => {
    const check = (...argv: string[]) => {
      const command = parseCommandLine(['check', ...argv]);
      assert.equal(command.kind, 'check');
      return command;
    };
    assert.equal(check('a.md', '--seeds').seeds, 'always');
    assert.equal(check('a.md', '--no-seeds').seeds, 'never');
    assert.equal(check('a.md', '--min-severity', 'warning').minSeverity, 'warning');
    const quiet = check('a.md', '-q');
    assert.deepEqual([quiet.quiet, quiet.minSeverity], [true, 'error']);
    assert.equal(check('a.md', '--quiet', '--min-severity', 'error').minSeverity, 'error');
    assert.equal(check('a.md', '--fix').fix, true);
    const stdin = check('-');
    assert.deepEqual([stdin.patterns, stdin.stdinName], [['-'], '<stdin>']);
    assert.equal(check('-', '--stdin-filename', 'docs/brief.md', '--fix').stdinName, 'docs/brief.md');
    assert.equal(check('a.md').stdinName, undefined);
  });

  it('parses report: html by default, markdown or csv, and -o', () => {
    assert.deepEqual(parseCommandLine(['report', 'a.md']), { kind: 'report', patterns: ['a.md'], corpus: [], bibliography: [], format: 'html', maxFileBytes: undefined, seeds: undefined });
    assert.equal((parseCommandLine(['report', 'a.md', '--no-seeds']) as { seeds?: string }).seeds, 'never');
    assert.deepEqual(parseCommandLine(['report', 'a.md', '-f', 'csv', '-o', 'out.csv', '-c', 'x']), {
      kind: 'report', patterns: ['a.md'], corpus: ['x'], bibliography: [], format: 'csv', output: 'out.csv', maxFileBytes: undefined, seeds: undefined,
    });
    assert.equal((parseCommandLine(['report', 'a.md', '--format=markdown']) as { format: string }).format, 'markdown');
  });

  const bad: [string[], RegExp][] = [
    [['report'], /report needs at least one brief/],
    [['report', 'a.md', '--format', 'json'], /unknown format "json" for report: use html, markdown, csv/],
    [['check', 'a.md', '-o', 'x.html'], /--output is for report, not check/],
    [['report', 'a.md', '-o', ' '], /--output needs a file/],
    [[], /missing command/],
    [['lint', 'a.md'], /unknown command "lint"/],
    [['check'], /check needs at least one brief/],
    [['check', 'a.md', '--format', 'xml'], /unknown format "xml" for check: use text, json, sarif/],
    [['sources', '--format', 'sarif'], /unknown format "sarif" for sources: use text, json/],
    [['sources', 'a.md'], /sources takes no files/],
    [['check', 'a.md', '--bogus'], /Unknown option '--bogus'/],
    [['check', 'a.md', '--corpus'], /--corpus/],
    [['check', 'a.md', '--corpus', ''], /--corpus needs a folder/],
    [['check', 'a.md', '--max-file-mb', 'lots'], /--max-file-mb needs a positive number/],
    [['check', 'a.md', '--max-file-mb', '0'], /--max-file-mb needs a positive number/],
    [['check', 'a.md', '--seeds', '--no-seeds'], /^--seeds and --no-seeds contradict each other$/],
    [['check', 'a.md', '--min-severity', 'info'], /^unknown severity "info" for --min-severity: use error, warning, information, hint$/],
    [['check', 'a.md', '--quiet', '--min-severity', 'warning'], /^--quiet shows errors only: drop --min-severity or --quiet$/],
    [['check', '-', 'a.md'], /^"-" \(standard input\) cannot be combined with files$/],
    [['check', 'a.md', '--stdin-filename', 'x.md'], /^--stdin-filename needs "-" \(standard input\) as the brief$/],
    [['check', '-', '--stdin-filename', ' '], /^--stdin-filename needs a name$/],
    [['check', '-', '--fix', '--format', 'json'], /^with "-" \(standard input\), --fix writes the fixed brief to stdout: --format must be text$/],
    [['sources', '--fix'], /^--fix is an option of check, not of sources$/],
    [['sources', '--quiet'], /^--quiet is an option of check, not of sources$/],
    [['check', 'a.md', '--max-file-mb', ''], /--max-file-mb needs a positive number, not ""/],
    [['check', 'a.md', '--max-file-mb', '0.0000001'], /^--max-file-mb 0\.0000001 is below the smallest limit, 0\.001 \(1 KB\)$/],
    [['check', 'a.md', '--max-file-mb', '1e9'], /^--max-file-mb 1e9 is above the largest limit, 2048 \(2 GB\)$/],
    [['report', 'a.md', '--fix'], /^--fix is an option of check, not of report$/],
    [['report', 'a.md', '--seeds', '--no-seeds'], /^--seeds and --no-seeds contradict each other$/],
  ];
  for (const [argv, message] of bad) {
    it(`rejects ${JSON.stringify(argv)}`, () => {
      assert.throws(() => parseCommandLine(argv), (error: unknown) => error instanceof UsageError && message.test(error.message));
    });
  }
});
