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
      minSeverity: 'hint',
      fix: false,
    });
    assert.deepEqual(parseCommandLine(['check', '-c', 'x', '-f', 'json', '--', '-odd.md']), {
      kind: 'check',
      patterns: ['-odd.md'],
      corpus: ['x'],
      bibliography: [],
      format: 'json',
      maxFileBytes: undefined,
      minSeverity: 'hint',
      fix: false,
    });
    assert.deepEqual(parseCommandLine(['check', '-', '--quiet', '--fix']), {
      kind: 'check',
      patterns: ['-'],
      corpus: [],
      bibliography: [],
      format: 'text',
      maxFileBytes: undefined,
      minSeverity: 'error',
      fix: true,
    });
    assert.equal((parseCommandLine(['check', 'a.md', '--min-severity', 'warning']) as { minSeverity: string }).minSeverity, 'warning');
  });

  it('parses sources, help, version and the size limit', () => {
    assert.deepEqual(parseCommandLine(['sources']), { kind: 'sources', corpus: [], bibliography: [], format: 'text', maxFileBytes: undefined });
    assert.deepEqual(parseCommandLine(['sources', '--max-file-mb', '1.5']), {
      kind: 'sources',
      corpus: [],
      bibliography: [],
      format: 'text',
      maxFileBytes: 1572864,
    });
    assert.deepEqual(parseCommandLine(['sources', '-b', 'refs.bib', '--bibliography', 'more.json']), {
      kind: 'sources',
      corpus: [],
      bibliography: ['refs.bib', 'more.json'],
      format: 'text',
      maxFileBytes: undefined,
    });
    assert.throws(() => parseCommandLine(['sources', '--bibliography', ' ']), /--bibliography needs a file/);
    assert.deepEqual(parseCommandLine(['--help']), { kind: 'help' });
    assert.deepEqual(parseCommandLine(['check', '-h']), { kind: 'help' });
    assert.deepEqual(parseCommandLine(['--version']), { kind: 'version' });
    assert.deepEqual(parseCommandLine(['-v']), { kind: 'version' });
  });

  it('parses report: html by default, markdown or csv, and -o', () => {
    assert.deepEqual(parseCommandLine(['report', 'a.md']), { kind: 'report', patterns: ['a.md'], corpus: [], bibliography: [], format: 'html', maxFileBytes: undefined });
    assert.deepEqual(parseCommandLine(['report', 'a.md', '-f', 'csv', '-o', 'out.csv', '-c', 'x']), {
      kind: 'report', patterns: ['a.md'], corpus: ['x'], bibliography: [], format: 'csv', output: 'out.csv', maxFileBytes: undefined,
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
    [['check', 'a.md', '--max-file-mb', ''], /--max-file-mb needs a positive number, not ""/],
    [['check', 'a.md', '--max-file-mb', '0.0000001'], /^--max-file-mb 0\.0000001 is below the smallest limit, 0\.001 \(1 KB\)$/],
    [['check', 'a.md', '--max-file-mb', '1e9'], /^--max-file-mb 1e9 is above the largest limit, 2048 \(2 GB\)$/],
  ];
  for (const [argv, message] of bad) {
    it(`rejects ${JSON.stringify(argv)}`, () => {
      assert.throws(() => parseCommandLine(argv), (error: unknown) => error instanceof UsageError && message.test(error.message));
    });
  }
});
