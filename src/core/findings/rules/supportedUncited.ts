// supported-uncited (a hint): the corpus supports the sentence but it cites nothing.
import type { Finding } from '../../types';
import { finding, insertCitationFix, sourceLabel, type Rule } from '../context';

export const supportedUncitedRule: Rule = ({ brief, corpus, sentences }) => {
  const findings: Finding[] = [];
  for (const s of sentences) {
    if (s.check.verdict !== 'supported' || !s.check.decisive || s.sentence.citations.length > 0) continue;
    const decisive = s.check.decisive;
    const key = corpus.passageKey(decisive.passageId);
    const evidence = s.evidence.find((e) => e.passageId === decisive.passageId) ?? s.evidence[0];
    findings.push(
      finding(brief, 'supported-uncited', s.sentence.span, `Supported by ${sourceLabel(key)}; add the citation`, [insertCitationFix(brief, s.sentence, key, true)], {
        sentenceIndex: s.index,
        ...(evidence ? { evidence } : {}),
      }),
    );
  }
  return findings;
};
