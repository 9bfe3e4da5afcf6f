// Builds a "References" section from the keys a brief cites, in order of first citation.
import type { Corpus } from './corpus/corpus';
import type { BriefResult } from './types';

export function referencesSection(result: BriefResult, corpus: Corpus, heading = '## References'): string {
  const keys: string[] = [];
  for (const c of result.citations) if (!keys.includes(c.key) && corpus.source(c.key)) keys.push(c.key);
  const lines = keys.map((key) => {
    const s = corpus.source(key)!;
    const parts = [s.author, s.date ? `(${s.date})` : undefined, `*${s.title}*`, s.publisher, s.url].filter(Boolean);
    return `- [@${key}] ${parts.join('. ').replace(/\.\s*\(/, ' (')}.`;
  });
  return `${heading}\n\n${lines.length ? lines.join('\n') : '_No sources cited yet._'}\n`;
}
