// unsupported-claim, "no text for @key": the brief cites a bibliography entry that has no
// readable text in the corpus, so nothing it says can be checked (the key itself is known).
import type { Finding } from '../../types';
import { finding, type Rule } from '../context';

export const noTextRule: Rule = ({ brief, corpus, sentences }) => {
  const findings: Finding[] = [];
  for (const s of sentences) {
    if (s.check.verdict === 'opinion') continue;
    for (const citation of s.sentence.citations) {
      const source = corpus.source(citation.key);
      if (!source || source.passageCount > 0) continue;
      const message =
        `Unsupported: no text for @${citation.key}. “${source.title}” is in the bibliography, but no readable file is linked to it, ` +
        `so what it says cannot be checked: put its PDF, web page or Word file in a corpus folder (named ${citation.key}.pdf, say), or give the entry a file field.`;
      findings.push(finding(brief, 'unsupported-claim', citation.span, message, [], { sentenceIndex: s.index }));
    }
  }
  return findings;
};
