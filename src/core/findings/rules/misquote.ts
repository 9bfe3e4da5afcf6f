// misquote: words in quotation marks that do not stand verbatim in any source.
import type { Finding } from '../../types';
import { checkQuote } from '../../verify/quotes';
import { edit, finding, quote, sourceLabel, type Rule } from '../context';

export const misquoteRule: Rule = ({ brief, corpus, sentences }) => {
  const findings: Finding[] = [];
  for (const s of sentences) {
    for (const q of s.check.analysis.quotes) {
      const result = checkQuote(corpus, q.text);
      if (result.verbatim || result.passageId === undefined || result.sourceText === undefined) continue;
      const key = corpus.passageKey(result.passageId);
      const span = { start: q.start, end: q.end };
      findings.push(
        finding(brief, 'misquote', span, `Misquote: the source reads ${quote(result.sourceText)} — ${sourceLabel(corpus, key)}`, [
          { title: `Restore the exact quotation from [@${key}]`, kind: 'restore-quote', edits: [edit(brief, span, result.sourceText)], isPreferred: true, safe: true },
        ], { sentenceIndex: s.index, ...(s.evidence[0] ? { evidence: s.evidence[0] } : {}) }),
      );
    }
  }
  return findings;
};
