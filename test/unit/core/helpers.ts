// Shared fixtures for the engine's unit tests: the bundled seeds corpus, loaded once per run.
import * as path from 'path';
import { BriefChecker, loadCorpus, type BriefResult, type CheckedClaim, type CheckedSentence, type CheckOptions, type Corpus, type Evidence, type Finding } from '../../../src/core';
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
