// unsupported-claim: a factual claim that no passage of the corpus bears out or refutes. Cited
// or not: a citation to a source that says nothing on the claim's subject does not support it
// (a source that does is a citation-mismatch to read, rules/citationMismatch.ts).
import type { Finding } from '../../types';
import { finding, type Rule } from '../context';
import { relatedCitedPassage } from './citationMismatch';

export const unsupportedRule: Rule = ({ brief, corpus, sentences }) => {
  const findings: Finding[] = [];
  for (const s of sentences) {
    if (s.check.verdict !== 'unsupported') continue;
    const cited = s.check.citedKeys;
    // A claim citing only unknown keys has its unknown-citation finding.
    if (cited.length === 0 && s.sentence.citations.length > 0) continue;
    if (cited.length > 0 && relatedCitedPassage(corpus, s)) continue;
    // A cited key with no text has its own finding (rules/noText.ts).
    if (cited.some((key) => corpus.source(key)?.passageCount === 0)) continue;
    const message = cited.length > 0 ? `No source states this; ${cited.map((k) => `[@${k}]`).join(', ')} says nothing on it` : 'No source in the corpus states this';
    findings.push(finding(brief, 'unsupported-claim', s.sentence.span, message, [], { sentenceIndex: s.index, ...(s.evidence[0] ? { evidence: s.evidence[0] } : {}) }));
  }
  return findings;
};
