// The facts of a corpus passage (tokens, entities, quantities, quotes), computed on first use and
// kept per corpus. It lives with the claim analyser, not in the corpus, so that indexing never
// depends on how claims are read.
import { cachePerOwner } from '../boundedCache';
import type { Passage } from '../types';
import { analyze, type Analysis, type CapitalisationStats } from './analyze';

/** Passages whose analysis is kept per corpus; the oldest tenth go beyond this. */
const ANALYSIS_CACHE_LIMIT = 20_000;

/** What the analysis needs of a corpus: a passage's text and offset, and which words are names. */
export interface AnalysablePassages extends CapitalisationStats {
  passage(id: number): Passage;
}

const analysesOf = cachePerOwner<number, Analysis>(ANALYSIS_CACHE_LIMIT);

/** Facts of a corpus passage, with offsets in its source file. */
export function passageAnalysis(corpus: AnalysablePassages, id: number): Analysis {
  return analysesOf(corpus).get(id, () => {
    const passage = corpus.passage(id);
    return analyze(passage.text, passage.start, corpus);
  });
}
