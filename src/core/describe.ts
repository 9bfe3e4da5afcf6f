// What sits at an offset of a checked brief: a citation key or a sentence. Hovers use it.
import type { Corpus } from './corpus/corpus';
import type { BriefResult, CheckedSentence, Citation, SourceInfo } from './types';

export type Described =
  | { kind: 'citation'; citation: Citation; source?: SourceInfo; sentence?: CheckedSentence; nearest: string[] }
  | { kind: 'sentence'; sentence: CheckedSentence };

export function describeAt(result: BriefResult, corpus: Corpus, offset: number): Described | undefined {
  const sentence = result.sentences.find((s) => offset >= s.span.start && offset <= s.span.end);
  const citation = result.citations.find((c) => offset >= c.groupSpan.start && offset <= c.groupSpan.end && (offset >= c.span.start - 1 && offset <= c.span.end || result.citations.filter((o) => o.groupSpan.start === c.groupSpan.start).length === 1));
  if (citation) {
    const source = corpus.source(citation.key);
    return {
      kind: 'citation',
      citation,
      ...(source ? { source } : {}),
      ...(sentence ? { sentence } : {}),
      nearest: source ? [] : corpus.nearestKeys(citation.key, 3),
    };
  }
  return sentence ? { kind: 'sentence', sentence } : undefined;
}
