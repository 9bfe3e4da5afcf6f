import { strict as assert } from 'node:assert';
import { formatCheckJson } from '../../../src/cli/format/json';
import { formatCheckSarif, SARIF_SCHEMA } from '../../../src/cli/format/sarif';
import { formatSourcesJson, formatSourcesText } from '../../../src/cli/format/sources';
import { formatCheckText } from '../../../src/cli/format/text';
import { FINDING_CODES } from '../../../src/core/types';
import { report } from './fixtures';
import { nth } from '../../support/present';

const CWD = '/work';

describe('cli/format', () => {
  describe('text', () => {
    it('prints file:line:col severity code message, the evidence quoted and the preferred fix', () => {
      assert.equal(
        formatCheckText(report, CWD),
        [
          'briefs/brief.md:3:13 error contradicted-figure The source says “£60 million”, not “£50 million”.',
          '    evidence (contradicts) [@labs2026] corpus/labs.txt:4:1: "£60 million funding allocated to Oxford and UCL"',
          '    fix: Change to “£60 million”',
          'briefs/brief.md:5:21 error unknown-citation Unknown citation key @nokey.',
          '',
          '2 errors, 0 warnings, 0 info, 0 hints in 1 brief (2 sentences checked)',
          '',
        ].join('\n'),
      );
    });

    it('shows absolute paths outside the working folder', () => {
      assert.match(formatCheckText(report, '/elsewhere'), /^\/work\/briefs\/brief\.md:3:13 error/);
    });
  });

  describe('json', () => {
    it('has exactly the documented shape', () => {
      const output = JSON.parse(formatCheckJson(report, CWD));
      assert.deepEqual(output, {
        version: 2,
        files: [
          {
            file: 'briefs/brief.md',
            sentences: [
              {
                text: 'The UK gave £50 million to Oxford and UCL.',
                range: { start: { line: 2, character: 0 }, end: { line: 2, character: 42 } },
                verdict: 'contradicted',
                evidence: [
                  {
                    key: 'labs2026',
                    file: 'corpus/labs.txt',
                    start: 48,
                    end: 96,
                    text: '£60 million funding allocated to Oxford and UCL',
                    stance: 'contradicts',
                  },
                ],
                corrections: [{ claimed: '£50 million', source: '£60 million' }],
                citations: [],
                claims: [
                  {
                    text: 'The UK gave £50 million to Oxford and UCL.',
                    range: { start: { line: 2, character: 0 }, end: { line: 2, character: 42 } },
                    verdict: 'contradicted',
                    evidence: [
                      {
                        key: 'labs2026',
                        file: 'corpus/labs.txt',
                        start: 48,
                        end: 96,
                        text: '£60 million funding allocated to Oxford and UCL',
                        stance: 'contradicts',
                      },
                    ],
                    corrections: [{ claimed: '£50 million', source: '£60 million' }],
                    citations: [],
                  },
                ],
              },
              {
                text: 'We should do more.',
                range: { start: { line: 4, character: 0 }, end: { line: 4, character: 18 } },
                verdict: 'opinion',
                evidence: [],
                corrections: [],
                citations: [],
                claims: [
                  {
                    text: 'We should do more.',
                    range: { start: { line: 4, character: 0 }, end: { line: 4, character: 18 } },
                    verdict: 'opinion',
                    evidence: [],
                    corrections: [],
                    citations: [],
                  },
                ],
              },
            ],
            findings: [
              {
                code: 'contradicted-figure',
                severity: 'error',
                message: 'The source says “£60 million”, not “£50 million”.',
                range: { start: { line: 2, character: 12 }, end: { line: 2, character: 23 } },
                fixes: [
                  {
                    title: 'Change to “£60 million”',
                    edits: [{ range: { start: { line: 2, character: 12 }, end: { line: 2, character: 23 } }, newText: '£60 million' }],
                  },
                  {
                    title: 'Suppress contradicted-figure on this line',
                    edits: [
                      {
                        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
                        newText: '<!-- brief-lens-disable-next-line contradicted-figure -->\n',
                      },
                    ],
                  },
                ],
              },
              {
                code: 'unknown-citation',
                severity: 'error',
                message: 'Unknown citation key @nokey.',
                range: { start: { line: 4, character: 20 }, end: { line: 4, character: 25 } },
                fixes: [],
              },
            ],
          },
        ],
        problems: [{ file: 'corpus/bad.md', message: 'is binary, not text (NUL byte at offset 3); not indexed' }],
      });
    });
  });

  describe('sarif', () => {
    const sarif = JSON.parse(formatCheckSarif(report, CWD, { name: 'brief-lens', version: '1.2.3' }));
    const run = sarif.runs[0];

    it('is SARIF 2.1.0 with a rule for every finding code', () => {
      assert.equal(sarif.version, '2.1.0');
      assert.equal(sarif.$schema, SARIF_SCHEMA);
      assert.equal(run.tool.driver.name, 'brief-lens');
      assert.equal(run.tool.driver.version, '1.2.3');
      assert.deepEqual(run.tool.driver.rules.map((rule: { id: string }) => rule.id), [...FINDING_CODES]);
      for (const rule of run.tool.driver.rules) {
        assert.match(rule.helpUri, new RegExp(`^https://.*#${rule.id}$`));
        assert.ok(rule.shortDescription.text.length > 0);
        assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      }
      assert.equal(run.columnKind, 'utf16CodeUnits');
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///work/');
    });

    it('gives each result its rule, level, 1-based region, evidence and fixes', () => {
      assert.equal(run.results.length, 2);
      const [figure, unknown] = run.results;
      assert.equal(figure.ruleId, 'contradicted-figure');
      assert.equal(run.tool.driver.rules[figure.ruleIndex].id, 'contradicted-figure');
      assert.equal(figure.level, 'error');
      assert.equal(figure.message.text, 'The source says “£60 million”, not “£50 million”.');
      assert.deepEqual(figure.locations, [
        {
          physicalLocation: {
            artifactLocation: { uri: 'briefs/brief.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 13, endLine: 3, endColumn: 24, snippet: { text: '£50 million' } },
          },
        },
      ]);
      assert.deepEqual(figure.relatedLocations, [
        {
          id: 1,
          message: { text: 'contradicts [@labs2026]' },
          physicalLocation: {
            artifactLocation: { uri: 'corpus/labs.txt', uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 1, endLine: 4, endColumn: 49, snippet: { text: '£60 million funding allocated to Oxford and UCL' } },
          },
        },
      ]);
      assert.deepEqual(figure.fixes, [
        {
          description: { text: 'Change to “£60 million”' },
          artifactChanges: [
            {
              artifactLocation: { uri: 'briefs/brief.md', uriBaseId: '%SRCROOT%' },
              replacements: [
                { deletedRegion: { startLine: 3, startColumn: 13, endLine: 3, endColumn: 24 }, insertedContent: { text: '£60 million' } },
              ],
            },
          ],
        },
      ]);
      assert.match(figure.partialFingerprints['briefLensFinding/v1'], /^[0-9a-f]{32}:1$/);
      assert.equal(unknown.ruleId, 'unknown-citation');
      assert.equal(unknown.fixes, undefined);
      assert.equal(unknown.relatedLocations, undefined);
    });

    it('lists corpus problems as tool notifications and uses file URIs outside the working folder', () => {
      const [invocation] = run.invocations;
      assert.equal(invocation.executionSuccessful, true);
      assert.deepEqual(invocation.toolExecutionNotifications, [
        {
          descriptor: { id: 'corpus-problem' },
          level: 'warning',
          message: { text: 'is binary, not text (NUL byte at offset 3); not indexed' },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'corpus/bad.md', uriBaseId: '%SRCROOT%' } } }],
        },
      ]);
      const outside = JSON.parse(formatCheckSarif(report, '/work/briefs', { name: 'brief-lens', version: '1' }));
      assert.deepEqual(outside.runs[0].results[0].relatedLocations[0].physicalLocation.artifactLocation, { uri: 'file:///work/corpus/labs.txt' });
    });

    it('keeps fingerprints stable when the finding moves', () => {
      const moved = structuredClone(report);
      for (const finding of nth(moved.briefs, 0, 'brief').result.findings) finding.range.start.line += 5;
      const again = JSON.parse(formatCheckSarif(moved, CWD, { name: 'brief-lens', version: '1.2.3' }));
      assert.deepEqual(
        again.runs[0].results.map((r: { partialFingerprints: object }) => r.partialFingerprints),
        run.results.map((r: { partialFingerprints: object }) => r.partialFingerprints),
      );
    });
  });

  describe('a corpus problem with a position (a manifest entry)', () => {
    const range = { start: { line: 3, character: 4 }, end: { line: 5, character: 10 } };
    const problem = { file: '/work/corpus/manifest.yaml', message: 'sources[1] ("b.md"): title is required', range };
    const positioned = { ...report, problems: [problem, ...report.problems] };

    it('text shows file:line:col, 1-based, and only the file for a problem without a position', () => {
      const text = formatSourcesText([], positioned.problems, CWD);
      assert.deepEqual(text.split('\n').slice(-4), [
        '2 problems:',
        '    corpus/manifest.yaml:4:5: sources[1] ("b.md"): title is required',
        '    corpus/bad.md: is binary, not text (NUL byte at offset 3); not indexed',
        '',
      ]);
    });

    it('JSON gives the zero-based range, as for findings', () => {
      assert.deepEqual(JSON.parse(formatCheckJson(positioned, CWD)).problems, [
        { file: 'corpus/manifest.yaml', message: 'sources[1] ("b.md"): title is required', range },
        { file: 'corpus/bad.md', message: 'is binary, not text (NUL byte at offset 3); not indexed' },
      ]);
    });

    it('SARIF gives the notification a 1-based region', () => {
      const sarif = JSON.parse(formatCheckSarif(positioned, CWD, { name: 'brief-lens', version: '1.2.3' }));
      const [located, whole] = sarif.runs[0].invocations[0].toolExecutionNotifications;
      assert.deepEqual(located, {
        descriptor: { id: 'corpus-problem' },
        level: 'warning',
        message: { text: 'sources[1] ("b.md"): title is required' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'corpus/manifest.yaml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 4, startColumn: 5, endLine: 6, endColumn: 11 },
            },
          },
        ],
      });
      assert.equal(whole.locations[0].physicalLocation.region, undefined);
    });
  });

  describe('sources', () => {
    const sources = [
      { key: 'labs2026', title: 'UK labs', author: 'A. Writer', date: '2026-01-02', file: '/work/corpus/labs.txt', passageCount: 12 },
      { key: 'plain', title: 'Plain', file: '/work/corpus/plain.md', passageCount: 1 },
    ];
    const problems = [{ file: '/work/corpus/manifest.json', message: 'manifest is not valid JSON: oops' }];

    it('prints every source and the problems as text', () => {
      assert.equal(
        formatSourcesText(sources, problems, CWD),
        [
          'labs2026  UK labs',
          '    author: A. Writer',
          '    date: 2026-01-02',
          '    file: corpus/labs.txt',
          '    passages: 12',
          'plain  Plain',
          '    file: corpus/plain.md',
          '    passages: 1',
          '2 sources, 13 passages',
          '',
          '1 problem:',
          '    corpus/manifest.json: manifest is not valid JSON: oops',
          '',
        ].join('\n'),
      );
    });

    it('prints JSON', () => {
      assert.deepEqual(JSON.parse(formatSourcesJson(sources, problems, CWD)), {
        sources: [
          { key: 'labs2026', title: 'UK labs', author: 'A. Writer', date: '2026-01-02', file: 'corpus/labs.txt', passageCount: 12 },
          { key: 'plain', title: 'Plain', file: 'corpus/plain.md', passageCount: 1 },
        ],
        problems: [{ file: 'corpus/manifest.json', message: 'manifest is not valid JSON: oops' }],
      });
    });
  });
});
