// A hand-made check report: one brief, two sentences, two findings with evidence and fixes.
import type { BriefResult, Evidence } from '../../../src/core/types';
import type { CheckReport } from '../../../src/cli/report';

export const BRIEF = '/work/briefs/brief.md';
export const SOURCE = '/work/corpus/labs.txt';

const evidence: Evidence = {
  key: 'labs2026',
  file: SOURCE,
  start: 48,
  end: 96,
  text: '£60 million funding allocated to Oxford and UCL',
  stance: 'contradicts',
  range: { start: { line: 3, character: 0 }, end: { line: 3, character: 48 } },
  score: 0.9,
  passageId: 4,
};

export const result: BriefResult = {
  uri: BRIEF,
  version: 1,
  citations: [],
  sentences: [
    {
      text: 'The UK gave £50 million to Oxford and UCL.',
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 42 } },
      span: { start: 10, end: 52 },
      verdict: 'contradicted',
      evidence: [evidence],
      corrections: [
        {
          kind: 'figure',
          claimed: '£50 million',
          source: '£60 million',
          range: { start: { line: 2, character: 12 }, end: { line: 2, character: 23 } },
          span: { start: 22, end: 33 },
        },
      ],
      citations: [],
    },
    {
      text: 'We should do more.',
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 18 } },
      span: { start: 54, end: 72 },
      verdict: 'opinion',
      evidence: [],
      corrections: [],
      citations: [],
    },
  ],
  findings: [
    {
      code: 'unknown-citation',
      severity: 'error',
      message: 'Unknown citation key @nokey.',
      range: { start: { line: 4, character: 20 }, end: { line: 4, character: 25 } },
      span: { start: 74, end: 79 },
      targetText: 'nokey',
      fixes: [],
    },
    {
      code: 'contradicted-figure',
      severity: 'error',
      message: 'The source says “£60 million”, not “£50 million”.',
      range: { start: { line: 2, character: 12 }, end: { line: 2, character: 23 } },
      span: { start: 22, end: 33 },
      targetText: '£50 million',
      sentenceIndex: 0,
      evidence,
      fixes: [
        {
          title: 'Change to “£60 million”',
          kind: 'replace-value',
          edits: [
            {
              range: { start: { line: 2, character: 12 }, end: { line: 2, character: 23 } },
              span: { start: 22, end: 33 },
              newText: '£60 million',
            },
          ],
          isPreferred: true,
          safe: true,
        },
        {
          title: 'Suppress contradicted-figure on this line',
          kind: 'suppress',
          edits: [
            {
              range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
              span: { start: 10, end: 10 },
              newText: '<!-- brief-lens-disable-next-line contradicted-figure -->\n',
            },
          ],
          isPreferred: false,
          safe: false,
        },
      ],
    },
  ],
};

// Each sentence holds one claim: itself.
for (const sentence of result.sentences) {
  const { text, range, span, verdict, evidence, corrections, citations } = sentence;
  sentence.claims = [{ text, range, span, verdict, evidence, corrections, citations }];
}

export const report: CheckReport = {
  briefs: [{ file: BRIEF, result }],
  problems: [{ file: '/work/corpus/bad.md', message: 'is binary, not text (NUL byte at offset 3); not indexed' }],
  failures: [],
};
