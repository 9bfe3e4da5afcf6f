// unsupported-claim: a factual sentence, uncited, that no passage of the corpus supports.
import type { Finding } from '../../types';
import { finding, quote, sourceLabel, type Rule } from '../context';

/** A passage worth showing as "closest" even though it does not support the claim. */
export const CLOSEST_MIN_COVERAGE = 0.3;

export const unsupportedRule: Rule = ({ brief, corpus, sentences }) => {
  const findings: Finding[] = [];
  for (const s of sentences) {
    if (s.check.verdict !== 'unsupported' || s.check.citedKeys.length > 0 || s.sentence.citations.length > 0) continue;
    const closest = s.check.comparisons.find((c) => c.coverage >= CLOSEST_MIN_COVERAGE);
    const hint = closest ? ` Closest passage: ${quote(corpus.passage(closest.passageId).text)} — ${sourceLabel(corpus, corpus.passageKey(closest.passageId))}` : '';
    findings.push(finding(brief, 'unsupported-claim', s.sentence.span, `Unsupported: no source in the corpus states this.${hint}`, [], { sentenceIndex: s.index, ...(s.evidence[0] ? { evidence: s.evidence[0] } : {}) }));
  }
  return findings;
};
