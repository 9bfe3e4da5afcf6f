// misquote: words in quotation marks that do not stand verbatim in any source.
import type { Finding, Fix } from '../../types';
import type { Quote } from '../../claims/analyze';
import { checkQuote, type QuoteCheck } from '../../verify/quotes';
import type { SentenceCheck } from '../../verify/verify';
import { edit, finding, passageEvidence, quoteValue, sourceLabel, type Rule } from '../context';
import { quotableText } from './quotable';

/** The source's words, with the closing mark of a quotation they open inside them ("begun to “win the race”"). */
function withClosingMark(source: string, start: number, end: number): string {
  const words = source.slice(start, end);
  // A comma or full stop may stand inside the closing mark ("race,”"): the mark is kept, not it.
  const closing = /^[,.;:!?]?([”’"»])/.exec(source.slice(end, end + 2));
  return closing && /[“‘"«]/.test(words) ? words + (closing[1] ?? '') : words;
}

/** The misquote the sentence's verdict rests on, when its decisive passage misquotes this quotation. */
function misquoteOfVerdict(check: SentenceCheck, quote: Quote): QuoteCheck | undefined {
  const decisive = check.verdict === 'contradicted' ? check.decisive : undefined;
  const conflict = decisive?.conflicts.find((c) => c.kind === 'quote' && c.claimed.start === quote.start);
  if (!decisive || !conflict) return undefined;
  return { verbatim: false, passageId: decisive.passageId, sourceStart: conflict.source.start, sourceEnd: conflict.source.end, sourceText: conflict.source.text };
}

export const misquoteRule: Rule = ({ brief, corpus, sentences }) => {
  const findings: Finding[] = [];
  for (const s of sentences) {
    // Quotation marks in the writer's own analysis that cite nothing mention words rather than
    // quote a source: a question the writer expects ("“Won't open models help China?”"), a
    // phrase held up for scrutiny ("“first time in decades” statements are easy to frame").
    if (s.check.verdict === 'opinion' && s.sentence.citations.length === 0) continue;
    // A single quoted word is a misquote only where the verdict's passage quotes another word in its place.
    const quoted = [...s.check.analysis.quotes.map((q) => ({ q, word: false })), ...s.check.analysis.quotedWords.map((q) => ({ q, word: true }))];
    for (const { q, word } of quoted) {
      const ofVerdict = misquoteOfVerdict(s.check, q);
      if (word && !ofVerdict) continue;
      const result = ofVerdict ?? checkQuote(corpus, q.text);
      if (result.verbatim || result.passageId === undefined || result.sourceText === undefined || result.sourceStart === undefined || result.sourceEnd === undefined) continue;
      const key = corpus.passageKey(result.passageId);
      const span = { start: q.start, end: q.end };
      // The source's words as they may stand inside the brief's quotation marks (nested quotes made single).
      const restored = quotableText(withClosingMark(corpus.sourceText(key) ?? '', result.sourceStart, result.sourceEnd), brief.text.charAt(q.start - 1));
      const fixes: Fix[] = restored ? [{ title: `Restore the exact quotation from [@${key}]`, kind: 'restore-quote', edits: [edit(brief, span, restored)], isPreferred: true, safe: true }] : [];
      const passage = corpus.passage(result.passageId);
      const evidence = { ...passageEvidence(corpus, result.passageId, passage.start, passage.end, ofVerdict ? 'contradicts' : 'related'), focus: result.sourceText };
      findings.push(finding(brief, 'misquote', span, `Not verbatim: the source reads ${quoteValue(restored ?? result.sourceText)} ${sourceLabel(key)}`, fixes, { sentenceIndex: s.index, evidence }));
    }
  }
  return findings;
};
