// `npm run eval -- --briefs [DIR]`: every labelled brief under DIR, per brief and overall.
import * as path from 'node:path';
import { BriefChecker, loadCorpus } from '../../src/core';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { briefFolders, readLabelledBrief } from './briefLabels';
import { ROOT } from './claimSets';
import { addCounts, addClasses, emptyCounts, scoreBrief, type BriefCounts, type BriefScore } from './scoreBriefs';

export const DEFAULT_BRIEFS_DIR = path.join(ROOT, 'eval', 'briefs');

export interface BriefRates {
  caught: number;
  caughtAnyCode: number;
  keptClean: number;
  useful: number;
  harmfulFixes: number;
}

export interface BriefsFigures {
  dir: string;
  briefs: (BriefScore & { rates: BriefRates })[];
  overall: { counts: BriefCounts; rates: BriefRates };
  /** The same sums over the development briefs and over the sealed ones. */
  development: GroupFigures;
  sealed: GroupFigures;
}

export interface GroupFigures {
  counts: BriefCounts;
  rates: BriefRates;
  classes: Record<string, number>;
}

export function ratesOf(counts: BriefCounts): BriefRates {
  const share = (count: number, of: number): number => (of ? count / of : 0);
  return {
    caught: share(counts.caught, counts.planted),
    caughtAnyCode: share(counts.caughtAnyCode, counts.planted),
    keptClean: share(counts.keptClean, counts.clean),
    useful: share(counts.useful, counts.errorsWarnings),
    harmfulFixes: counts.harmfulFixes,
  };
}

export async function runBriefs(dir: string = DEFAULT_BRIEFS_DIR): Promise<BriefsFigures> {
  const checkers = new Map<string, BriefChecker>();
  const briefs: BriefsFigures['briefs'] = [];
  const total = emptyCounts();
  const development = emptyCounts();
  const sealed = emptyCounts();
  const missed = { development: {} as Record<string, number>, sealed: {} as Record<string, number> };
  for (const folder of briefFolders(dir)) {
    const brief = readLabelledBrief(folder);
    const corpusKey = brief.corpusDirs.join('\n');
    let checker = checkers.get(corpusKey);
    if (!checker) {
      checker = new BriefChecker(await loadCorpus(brief.corpusDirs, nodeFileSystem));
      checkers.set(corpusKey, checker);
    }
    const score = scoreBrief(checker, brief);
    addCounts(total, score.counts);
    addCounts(score.sealed ? sealed : development, score.counts);
    addClasses(score.sealed ? missed.sealed : missed.development, score.classes);
    briefs.push({ ...score, rates: ratesOf(score.counts) });
  }
  return {
    dir,
    briefs,
    overall: { counts: total, rates: ratesOf(total) },
    development: { counts: development, rates: ratesOf(development), classes: missed.development },
    sealed: { counts: sealed, rates: ratesOf(sealed), classes: missed.sealed },
  };
}
