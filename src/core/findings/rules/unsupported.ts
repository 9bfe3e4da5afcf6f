// unsupported-claim: a factual claim that no passage of the corpus bears out or refutes. Cited
// or not: a citation to a source that says nothing on the claim's subject does not support it
// (a source that does is a citation-mismatch to read, rules/citationMismatch.ts).
import { measuredFact } from '../../claims/classify';
import type { Finding } from '../../types';
import { finding, type Rule, type SentenceContext } from '../context';
import { citedSubject } from './citationMismatch';
import { unstatedFigureFinding } from './unstatedFigure';
import { renamedFinding } from './unstatedName';
import type { Corpus } from '../../corpus/corpus';
import { datesASource } from '../../verify/sourceFacts';
import type { Quantity } from '../../claims/quantities';

/**
 * An uncited claim that states no measured fact (no figure, date, share or quotation: "The UK
 * already has real strengths in open source.", "The China framing sharpened over time.") is
 * the writer telling and weighing things: when no source bears it out, it is not an
 * unsupported fact but, at most, a place to consider citing (rules/considerCiting.ts). Its
 * contradictions are still reported.
 */
export function uncitedNarrative(s: SentenceContext, corpus: Corpus): boolean {
  if (s.sentence.citations.length > 0) return false;
  // A date the corpus records for one of its sources ("Lwin's article, dated 2 February 2026, …")
  // dates the source; it is no measured fact a passage must state.
  const a = s.check.analysis;
  return !measuredFact({ ...a, quantities: a.quantities.filter((q) => !datesASource(corpus, q)) });
}

/**
 * A cited claim that states no measured fact and names nothing ("Historical precedent also
 * counsels humility about containment strategies.[^3]"): the writer's reading, leaning on a
 * source. When no passage bears it out it is not verified, information, not a warning: a warning
 * is kept for a figure, date, name or quotation that no source states.
 */
function citedReading(s: SentenceContext): boolean {
  const a = s.check.analysis;
  return s.sentence.citations.length > 0 && !measuredFact(a) && a.entities.length === 0;
}

/**
 * The figure of a cited claim that no cited source states, though one of them has a passage on
 * the claim's subject: the finding points at it, not at the whole claim (the rest may be borne
 * out). None when another source states the claim's figures, or a cited key has no text (it has
 * its own finding, rules/noText.ts).
 */
export function unstatedFigureOf(corpus: Corpus, s: SentenceContext): Quantity | undefined {
  if (s.check.citedKeys.length === 0 || s.check.analysis.quantities.length === 0) return undefined;
  const { onlyNotVerified, unstated } = citedSubject(corpus, s);
  if (onlyNotVerified || s.check.citedKeys.some((key) => corpus.source(key)?.passageCount === 0)) return undefined;
  return unstated[0];
}

export const unsupportedRule: Rule = ({ brief, corpus, sentences }) => {
  const findings: Finding[] = [];
  for (const s of sentences) {
    if (s.check.verdict !== 'unsupported' || uncitedNarrative(s, corpus)) continue;
    const cited = s.check.citedKeys;
    // A claim citing only unknown keys has its unknown-citation finding.
    if (cited.length === 0 && s.sentence.citations.length > 0) continue;
    const subject = cited.length > 0 ? citedSubject(corpus, s) : undefined;
    // Only not verified (information), or another source gives its figures: the citation-mismatch rule reports it.
    if (subject?.onlyNotVerified || subject?.statedElsewhere || subject?.closerElsewhere) continue;
    // A cited key with no text has its own finding (rules/noText.ts).
    if (cited.some((key) => corpus.source(key)?.passageCount === 0)) continue;
    const keys = [...new Set(cited)].map((k) => `[@${k}]`).join(', ');
    if (subject?.renamed) {
      findings.push(renamedFinding(brief, s, subject.renamed, keys));
      continue;
    }
    const figure = subject && unstatedFigureOf(corpus, s);
    if (figure) {
      findings.push(unstatedFigureFinding(brief, corpus, s, figure, keys));
      continue;
    }
    const message = cited.length > 0 ? `No source states this; ${keys} says nothing on it` : 'No source in the corpus states this';
    const f = finding(brief, 'unsupported-claim', s.sentence.span, message, [], { sentenceIndex: s.index, ...(s.evidence[0] ? { evidence: s.evidence[0] } : {}) });
    findings.push(citedReading(s) ? { ...f, severity: 'information' } : f);
  }
  return findings;
};
