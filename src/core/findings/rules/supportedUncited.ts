// supported-uncited (a hint): the corpus supports the sentence but it cites nothing.
import type { Finding } from '../../types';
import { finding, insertCitationFix, quote, sourceLabel, type Rule } from '../context';

export const supportedUncitedRule: Rule = ({ brief, corpus, sentences }) => {
  const findings: Finding[] = [];
  for (const s of sentences) {
    if (s.check.verdict !== 'supported' || !s.check.decisive || s.sentence.citations.length > 0) continue;
    const key = corpus.passageKey(s.check.decisive.passageId);
    const text = corpus.passage(s.check.decisive.passageId).text;
    findings.push(
      finding(brief, 'supported-uncited', s.sentence.span, `Supported by ${sourceLabel(corpus, key)}: ${quote(text)} Add the citation.`, [insertCitationFix(brief, s.sentence, key, true)], {
        sentenceIndex: s.index,
        ...(s.evidence[0] ? { evidence: s.evidence[0] } : {}),
      }),
    );
  }
  return findings;
};
