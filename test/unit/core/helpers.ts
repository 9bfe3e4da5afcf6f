// Shared fixtures for the engine's unit tests: the bundled seeds corpus, loaded once per run.
import * as path from 'path';
import { BriefChecker, loadCorpus, type BriefResult, type CheckOptions, type Corpus } from '../../../src/core';
import { nodeFileSystem } from '../../../src/node/nodeFileSystem';

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
