// A figure of a cited claim that its cited sources never give, though one of them has a passage on
// the claim's subject: that figure, not the whole claim, is what no source states. When that
// passage gives the same measure (kind, unit, currency) one other value, the claim's figure is an
// alternation of it (MacCartney & Manning: another value of the same measure): a contradiction,
// as a warning and without a fix, for the claim as a whole was not aligned with the passage.
import type { Quantity } from '../../claims/quantities';
import { passageAnalysis } from '../../claims/passageAnalysis';
import { sameMeasure } from '../../claims/quantities';
import type { Corpus } from '../../corpus/corpus';
import type { ParsedBrief } from '../../brief/parse';
import type { Finding } from '../../types';
import { finding, type SentenceContext } from '../context';

/** The one figure of the same measure that the cited passage nearest the claim gives instead. */
export function rivalInCitedPassage(corpus: Corpus, s: SentenceContext, figure: Quantity): { rival: Quantity; passageId: number } | undefined {
  const nearest = s.check.comparisons.find((c) => s.check.citedKeys.includes(corpus.passageKey(c.passageId)));
  if (!nearest) return undefined;
  const rivals = passageAnalysis(corpus, nearest.passageId).quantities.filter((q) => sameMeasure(figure, q));
  const [rival] = rivals;
  return rival && rivals.length === 1 ? { rival, passageId: nearest.passageId } : undefined;
}

/** The finding on a figure no cited source states: "[@k] gives “8 years”, never “10”", or "No source states “75,000”". */
export function unstatedFigureFinding(brief: ParsedBrief, corpus: Corpus, s: SentenceContext, figure: Quantity, keys: string): Finding {
  const span = { start: figure.start, end: figure.end };
  const found = rivalInCitedPassage(corpus, s, figure);
  if (!found) {
    const evidence = s.evidence[0];
    return finding(brief, 'unsupported-claim', span, `No source states “${figure.text}”; ${keys} gives no such figure`, [], { sentenceIndex: s.index, ...(evidence ? { evidence } : {}) });
  }
  const code = figure.kind === 'date' || figure.kind === 'year' ? 'contradicted-date' : 'contradicted-figure';
  const evidence = s.evidence.find((e) => e.passageId === found.passageId) ?? s.evidence[0];
  const f = finding(brief, code, span, `${keys} gives “${found.rival.text}”, never “${figure.text}”`, [], { sentenceIndex: s.index, ...(evidence ? { evidence } : {}) });
  return { ...f, severity: 'warning' };
}
