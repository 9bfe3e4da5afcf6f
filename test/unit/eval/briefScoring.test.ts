// Whole-brief scoring (issue 13, item 9) on a brief whose findings are given, so each rule of the
// scoring shows: caught with the expected code, clean spans, useful findings, harmful fixes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BriefResult, Finding, Fix, Verdict } from '../../../src/core';
import { readLabelledBrief } from '../../../scripts/eval/briefLabels';
import { briefsText } from '../../../scripts/eval/reportBriefs';
import { ratesOf } from '../../../scripts/eval/runBriefs';
import { scoreBrief, type Checker } from '../../../scripts/eval/scoreBriefs';

const BRIEF = 'The pier cost £40 million [@harbour]. The pier opened in 2019 [@harbour]. Ports matter.\n';
const ZERO = { line: 0, character: 0 };

function writeBrief(folder: string, labels: object[]): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'brief-lens-briefs-')), folder);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'brief.md'), BRIEF);
  fs.writeFileSync(path.join(dir, 'labels.jsonl'), labels.map((label) => JSON.stringify(label)).join('\n') + '\n');
  return dir;
}

function finding(code: Finding['code'], text: string, fixes: Fix[] = [], severity: Finding['severity'] = 'error'): Finding {
  const start = BRIEF.indexOf(text);
  return { code, severity, message: code, range: { start: ZERO, end: ZERO }, span: { start, end: start + text.length }, targetText: text, fixes };
}

function replaceFix(text: string, newText: string, kind: Fix['kind']): Fix {
  const start = BRIEF.indexOf(text);
  return { title: `Replace ${text}`, kind, isPreferred: true, safe: false, edits: [{ range: { start: ZERO, end: ZERO }, span: { start, end: start + text.length }, newText }] };
}

/** A checker that answers with the given findings, and sentence verdicts by text. */
function stubChecker(findings: Finding[], verdicts: (text: string) => Verdict): Checker {
  return {
    check: (text: string): BriefResult => ({
      uri: 'brief', version: 1, citations: [], findings: text === BRIEF ? findings : [],
      sentences: [...text.matchAll(/[^.]+\./g)].map((match) => ({
        text: match[0], range: { start: ZERO, end: ZERO }, span: { start: match.index, end: match.index + match[0].length },
        verdict: verdicts(match[0]), evidence: [], corrections: [], citations: [],
      })),
    }),
  };
}

const LABELS = [
  { text: 'The pier cost £40 million [@harbour]', kind: 'fact', expect: 'contradicted-figure' },
  { text: 'The pier opened in 2019 [@harbour]', kind: 'fact', expect: 'clean' },
  { text: 'Ports matter.', kind: 'analysis', expect: 'clean' },
];

describe('eval: whole-brief scoring', () => {
  it('finds each labelled span at its occurrence, and reports labels it cannot place by line only', () => {
    const brief = readLabelledBrief(writeBrief('open', [...LABELS, { text: 'not in the brief', kind: 'fact', expect: 'clean' }, { text: 'The pier', occurrence: 2, kind: 'fact', expect: 'clean' }]));
    assert.deepEqual(brief.spans.map((span) => span.span.start), [0, BRIEF.indexOf('The pier opened'), BRIEF.indexOf('Ports'), BRIEF.indexOf('The pier opened')]);
    assert.deepEqual(brief.problems, ['labels.jsonl:4: text not found in brief.md (occurrence 1)']);
  });

  it('counts a planted error caught only with its code, and a clean span flagged by any error or warning', () => {
    const findings = [
      finding('contradicted-figure', '£40 million', [replaceFix('£40 million', '£60 million', 'replace-value')]),
      finding('unsupported-claim', 'Ports matter.', [], 'warning'),
      finding('supported-uncited', 'The pier opened in 2019', [], 'hint'),
    ];
    const score = scoreBrief(stubChecker(findings, () => 'supported'), readLabelledBrief(writeBrief('open', LABELS)));
    assert.equal(score.counts.caught, 1);
    assert.equal(score.counts.keptClean, 1);
    assert.deepEqual([score.counts.useful, score.counts.errorsWarnings], [1, 2]);
    assert.equal(score.counts.harmfulFixes, 0);
    assert.deepEqual(ratesOf(score.counts), { caught: 1, caughtAnyCode: 1, keptClean: 0.5, useful: 0.5, harmfulFixes: 0 });
  });

  it('calls a value fix on a clean span harmful, and one that makes a supported span contradicted', () => {
    const findings = [finding('contradicted-date', '2019', [replaceFix('2019', '2021', 'replace-value')])];
    const verdicts = (text: string): Verdict => (text.includes('2021') ? 'contradicted' : 'supported');
    const score = scoreBrief(stubChecker(findings, verdicts), readLabelledBrief(writeBrief('open', LABELS)));
    assert.deepEqual([score.counts.fixesOnClean, score.counts.harmfulFixes, score.counts.madeContradicted], [1, 1, 1]);
    assert.match(score.detail?.harmful[0] ?? '', /contradicted-date fix "Replace 2019" on clean/);
    assert.equal(score.classes['harmful replace-value fix of contradicted-date on clean fact'], 1);
  });

  it('counts a fix on a planted error as a correction only when the fixed span reads supported', () => {
    const right = finding('contradicted-figure', '£40 million', [replaceFix('£40 million', '£60 million', 'replace-value')]);
    const wrong = finding('contradicted-figure', 'pier cost', [replaceFix('pier cost', 'pier saved', 'replace-value')]);
    const verdicts = (text: string): Verdict => (text.includes('£60 million') ? 'supported' : 'contradicted');
    const score = scoreBrief(stubChecker([right, wrong], verdicts), readLabelledBrief(writeBrief('open', LABELS)));
    assert.deepEqual([score.counts.fixesOnErrors, score.counts.fixesRestoring], [2, 1]);
  });

  it('prints a sealed brief as figures only, its misses counted by code and engine reading', () => {
    const findings = [finding('unsupported-claim', 'Ports matter.', [], 'warning')];
    const brief = readLabelledBrief(writeBrief('sealed-one', LABELS));
    const score = scoreBrief(stubChecker(findings, () => 'supported'), brief);
    assert.equal(score.detail, undefined);
    assert.deepEqual(score.classes, { 'missed contradicted-figure ← supported': 1, 'not useful unsupported-claim on clean analysis': 1 });
    const sums = { counts: score.counts, rates: ratesOf(score.counts), classes: score.classes };
    const text = briefsText({ dir: 'x', briefs: [{ ...score, rates: ratesOf(score.counts) }, { ...score, sealed: false, rates: ratesOf(score.counts) }], overall: sums, development: sums, sealed: sums }, true);
    assert.ok(!text.includes('Ports') && !text.includes('pier'));
    assert.match(text, /sealed-one \(sealed: figures only\)/);
    assert.match(text, /sealed briefs:[^]*by class \(for a miss: code expected ← what the engine said\):\n {6}1 × missed contradicted-figure ← supported\n {6}1 × not useful unsupported-claim on clean analysis/);
  });
});
