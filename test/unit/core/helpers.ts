// Shared fixtures for the engine's unit tests: the bundled seeds corpus, loaded once per run.
import * as fs from 'fs';
import * as path from 'path';
import { BriefChecker, loadCorpus, type BriefResult, type CheckedClaim, type CheckedSentence, type CheckOptions, type Corpus, type Evidence, type Finding } from '../../../src/core';
import { Corpus as CorpusIndex } from '../../../src/core/corpus/corpus';
import { nodeFileSystem } from '../../../src/node/nodeFileSystem';
import { nth } from '../../support/present';

export const SEEDS = path.join(__dirname, '../../../seeds');

let seeds: Promise<Corpus> | undefined;

/** The bundled seeds corpus (memoised: every test file shares one load). */
export function seedCorpus(): Promise<Corpus> {
  seeds ??= loadCorpus([SEEDS], nodeFileSystem);
  return seeds;
}

export function check(corpus: Corpus, text: string, options: CheckOptions = {}): BriefResult {
  return new BriefChecker(corpus, options).check(text, 'test.md', 1);
}

/** The codes of a result's findings, in order. */
export function codes(result: BriefResult): string[] {
  return result.findings.map((f) => f.code);
}

/** The result's sentence at `index`; the test fails, saying so, when there is none. */
export function sentenceAt(result: BriefResult, index = 0): CheckedSentence {
  return nth(result.sentences, index, 'sentence');
}

/** The result's finding at `index`; the test fails, saying so, when there is none. */
export function findingAt(result: BriefResult, index = 0): Finding {
  return nth(result.findings, index, 'finding');
}

/** A claim's evidence at `index`; the test fails, saying so, when there is none. */
export function evidenceAt(claim: CheckedClaim, index = 0): Evidence {
  return nth(claim.evidence, index, 'evidence');
}

/** The addresses of an eval corpus folder, keyed by file name: word weights as a real corpus gives them. */
export function addressCorpus(folder: string): Corpus {
  const dir = path.join(__dirname, '../../../eval', folder, 'corpus');
  return new CorpusIndex(fs.readdirSync(dir).map((name) => ({ key: name.replace(/\.txt$/, ''), title: name, file: path.join(dir, name), text: fs.readFileSync(path.join(dir, name), 'utf8') })));
}

/** Sentences around a test passage, so that it is one passage among others. */
const FILLER = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';

/**
 * The verdict, deciding check and corrections a claim citing `src` gets against a one-source
 * corpus holding `passage`: what a user sees of a one-sentence brief.
 */
export function checkedAgainst(passage: string, claim: string): { verdict: string; decidedBy?: string; corrections: string[] } {
  const corpus = new CorpusIndex([{ key: 'src', title: 'src', file: '/corpus/src.txt', text: `${FILLER} ${passage} ${FILLER}` }]);
  const sentence = nth(new BriefChecker(corpus).check(`${claim} [@src]\n`, 'brief.md', 1).sentences, 0, 'sentence');
  const decidedBy = sentence.explanation?.decidedBy;
  return { verdict: sentence.verdict, ...(decidedBy ? { decidedBy } : {}), corrections: sentence.corrections.map((c) => `${c.claimed}->${c.source}`) };
}

const REPORT_FILLER = 'Licence fees shaped the early software market. Several governments funded national laboratories. Browsers competed fiercely during the following decade.';

/**
 * The verdict an uncited claim gets against a one-source corpus holding `sourceText`, and its
 * replace-value fix as "claimed → new text" ("(no fix)" when none): what a user sees and applies.
 */
export function checkedWithFix(sourceText: string, claim: string): { verdict: string; fix: string } {
  const corpus = new CorpusIndex([{ key: 'report', title: 'report', file: '/corpus/report.txt', text: `${REPORT_FILLER} ${sourceText} ${REPORT_FILLER}` }]);
  const result = new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1);
  const edit = result.findings.flatMap((f) => f.fixes).find((x) => x.kind === 'replace-value')?.edits[0];
  return { verdict: result.sentences[0]?.verdict ?? '(none)', fix: edit ? `${claim.slice(edit.span.start, edit.span.end)} → ${edit.newText}` : '(no fix)' };
}
