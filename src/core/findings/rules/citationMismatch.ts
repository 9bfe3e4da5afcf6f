// citation-mismatch: the cited source does not say what the sentence says (another may).
import type { Finding, Fix } from '../../types';
import { edit, finding, quote, sourceLabel, type Rule } from '../context';

export const citationMismatchRule: Rule = ({ brief, corpus, sentences }) => {
  const findings: Finding[] = [];
  for (const s of sentences) {
    const check = s.check;
    if (!check.citedDisagrees || check.verdict === 'opinion' || check.verdict === 'contradicted') continue;
    const citation = s.sentence.citations.find((c) => check.citedKeys.includes(c.key));
    if (!citation) continue;
    // A key with no text cannot disagree: the no-text rule reports it.
    if (corpus.source(citation.key)?.passageCount === 0) continue;
    const fixes: Fix[] = [];
    let message = `Citation mismatch: [@${citation.key}] does not say this.`;
    if (check.verdict === 'supported' && check.decisive) {
      const right = corpus.passageKey(check.decisive.passageId);
      message += ` ${sourceLabel(corpus, right)} does: ${quote(corpus.passage(check.decisive.passageId).text)}`;
      fixes.push({ title: `Cite [@${right}] instead of [@${citation.key}]`, kind: 'swap-citation', edits: [edit(brief, citation.span, right)], isPreferred: true, safe: false });
    } else {
      const closest = check.comparisons.find((c) => corpus.passageKey(c.passageId) === citation.key);
      if (closest) message += ` Closest passage there: ${quote(corpus.passage(closest.passageId).text)}`;
    }
    findings.push(finding(brief, 'citation-mismatch', citation.span, message, fixes, { sentenceIndex: s.index, ...(s.evidence[0] ? { evidence: s.evidence[0] } : {}) }));
  }
  return findings;
};
