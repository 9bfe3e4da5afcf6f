// contradicted-figure / -date / -name / -polarity: the source states another value.
import type { CorrectionKind, FindingCode, Finding } from '../../types';
import { edit, finding, quote, sourceLabel, type Rule } from '../context';

const CODES: Record<CorrectionKind, FindingCode> = {
  figure: 'contradicted-figure',
  date: 'contradicted-date',
  name: 'contradicted-name',
  polarity: 'contradicted-polarity',
  quote: 'misquote',
};

/** Keeps the case of the claimed word's first letter for ordinary words ("two" -> "three"). */
export function matchCase(claimed: string, source: string): string {
  if (/^\p{Lu}/u.test(claimed) || !/^\p{Lu}\p{Ll}/u.test(source) || /\p{Lu}/u.test(source.slice(1))) return source;
  return source.charAt(0).toLowerCase() + source.slice(1);
}

export const contradictionRule: Rule = ({ brief, corpus, sentences }) => {
  const findings: Finding[] = [];
  for (const s of sentences) {
    const decisive = s.check.decisive;
    if (s.check.verdict !== 'contradicted' || !decisive) continue;
    const key = corpus.passageKey(decisive.passageId);
    const passage = corpus.passage(decisive.passageId);
    for (const conflict of decisive.conflicts) {
      const code = CODES[conflict.kind];
      const replacement = matchCase(conflict.claimed.text, conflict.source.text);
      const fixes = [];
      if (conflict.replaceable) {
        fixes.push({
          title: `Replace “${conflict.claimed.text}” with “${replacement}” (as the source states)`,
          kind: 'replace-value' as const,
          edits: [edit(brief, { start: conflict.claimed.start, end: conflict.claimed.end }, replacement)],
          isPreferred: true,
          safe: conflict.kind === 'figure' || conflict.kind === 'date',
        });
      }
      const what = conflict.kind === 'polarity' ? 'says the opposite' : conflict.kind === 'name' ? 'names' : 'states';
      const message =
        conflict.kind === 'polarity'
          ? `Contradicted: the source ${what} (“${conflict.source.text}” where the brief has “${conflict.claimed.text}”): ${quote(passage.text)} — ${sourceLabel(corpus, key)}`
          : `Contradicted: the source ${what} “${conflict.source.text}”, not “${conflict.claimed.text}”: ${quote(passage.text)} — ${sourceLabel(corpus, key)}`;
      findings.push(finding(brief, code, { start: conflict.claimed.start, end: conflict.claimed.end }, message, fixes, { sentenceIndex: s.index, evidence: s.evidence[0] }));
    }
  }
  return findings;
};
