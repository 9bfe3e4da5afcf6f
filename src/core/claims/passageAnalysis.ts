// The facts of a corpus passage (tokens, entities, quantities, quotes), computed on first use and
// kept per corpus. It lives with the claim analyser, not in the corpus, so that indexing never
// depends on how claims are read.
import { cachePerOwner } from '../boundedCache';
import type { Passage } from '../types';
import { analyze, stemsOfText, type Analysis, type CapitalisationStats } from './analyze';

/** Passages whose analysis is kept per corpus; the least recently used tenth go beyond this. */
const ANALYSIS_CACHE_LIMIT = 20_000;
/**
 * Distinct passages a brief's sentence reads, with their context (about 13 on the bench's large
 * brief): a brief that needs more than the limit above would analyse passages again and again.
 */
const ANALYSES_PER_SENTENCE = 16;

/** What the analysis needs of a corpus: a passage's text and offset, and which words are names. */
export interface AnalysablePassages extends CapitalisationStats {
  passage(id: number): Passage;
}

const analysesOf = cachePerOwner<number, Analysis>(ANALYSIS_CACHE_LIMIT);
/** The stems of passages' words, the compared passages' and their neighbours'. */
const stemsOfPassages = cachePerOwner<number, ReadonlySet<string>>(ANALYSIS_CACHE_LIMIT);

/**
 * Makes room for the passages a brief of `sentences` sentences reads, at most one per passage of
 * the corpus: memory then grows with the brief, up to the corpus, instead of the work.
 */
export function reservePassageAnalyses(corpus: AnalysablePassages & { readonly passageCount: number }, sentences: number): void {
  const room = Math.min(corpus.passageCount, ANALYSES_PER_SENTENCE * sentences);
  analysesOf(corpus).reserve(room);
  stemsOfPassages(corpus).reserve(room);
}

/** Facts of a corpus passage, with offsets in its source file. */
export function passageAnalysis(corpus: AnalysablePassages, id: number): Analysis {
  return analysesOf(corpus).get(id, () => {
    const passage = corpus.passage(id);
    return analyze(passage.text, passage.start, corpus);
  });
}

/**
 * The stems of a passage's words, as its analysis has them: taken from the analysis when one is
 * kept, else read from the words alone (a neighbour's, which needs nothing more).
 */
export function passageStems(corpus: AnalysablePassages, id: number): ReadonlySet<string> {
  return stemsOfPassages(corpus).get(id, () => {
    const analysis = analysesOf(corpus).peek(id);
    return analysis ? new Set(analysis.tokens.map((t) => t.stem)) : stemsOfText(corpus.passage(id).text);
  });
}
