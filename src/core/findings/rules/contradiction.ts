// contradicted-figure / -date / -name / -polarity: the source states another value.
import type { CorrectionKind, FindingCode, Finding, Span } from '../../types';
import type { Conflict } from '../../verify/conflict';
import { edit, finding, focused, quoteValue, sourceLabel, type Rule } from '../context';
import data from './contradiction.json';

const TIME_WORDS = new Set(data.timeWords);

const CODES: Record<CorrectionKind, FindingCode> = {
  figure: 'contradicted-figure',
  date: 'contradicted-date',
  name: 'contradicted-name',
  polarity: 'contradicted-polarity',
  quote: 'misquote',
};

/** The code of a conflict: a name set against a name, both times of year, months or days, is a date. */
function codeOf(conflict: Conflict): FindingCode {
  const isTime = (text: string) => TIME_WORDS.has(text.toLowerCase());
  if (conflict.kind === 'name' && isTime(conflict.claimed.text) && isTime(conflict.source.text)) return 'contradicted-date';
  return CODES[conflict.kind];
}

/** Keeps the case of the claimed word's first letter for ordinary words ("two" -> "three"). */
export function matchCase(claimed: string, source: string): string {
  if (/^\p{Lu}/u.test(claimed) || !/^\p{Lu}\p{Ll}/u.test(source) || /\p{Lu}/u.test(source.slice(1))) return source;
  return source.charAt(0).toLowerCase() + source.slice(1);
}

export const contradictionRule: Rule = ({ brief, corpus, sentences, contradictedAfterFix }) => {
  const findings: Finding[] = [];
  for (const s of sentences) {
    const decisive = s.check.decisive;
    if (s.check.verdict !== 'contradicted' || !decisive) continue;
    const key = corpus.passageKey(decisive.passageId);
    // A fix must leave the sentence borne out, not contradicted by another passage.
    const resolves = (span: Span, text: string): boolean => {
      const { prose, span: sentence } = s.sentence;
      const corrected = prose.slice(0, span.start - sentence.start) + text + prose.slice(span.end - sentence.start);
      return !contradictedAfterFix(s.check, corrected, sentence.start);
    };
    for (const conflict of decisive.conflicts) {
      // A misquote is reported by the misquote rule, with the source's exact words as its fix.
      if (conflict.kind === 'quote') continue;
      const code = codeOf(conflict);
      const replacement = matchCase(conflict.claimed.text, conflict.source.text);
      const fixes = [];
      if (conflict.replaceable && resolves(conflict.claimed, replacement)) {
        fixes.push({
          title: `Replace “${conflict.claimed.text}” with “${replacement}” (as the source states)`,
          kind: 'replace-value' as const,
          edits: [edit(brief, { start: conflict.claimed.start, end: conflict.claimed.end }, replacement)],
          isPreferred: true,
          safe: conflict.kind === 'figure' || conflict.kind === 'date',
        });
      }
      const removable = removableCue(brief.text, conflict);
      if (removable && resolves(removable, '')) {
        fixes.push({
          title: `Remove “${conflict.claimed.text}” (the source asserts it)`,
          kind: 'replace-value' as const,
          edits: [edit(brief, removable, '')],
          isPreferred: true,
          safe: false,
        });
      }
      const message = contradictionMessage(conflict, key);
      const evidence = focused(s.evidence.find((e) => e.passageId === decisive.passageId) ?? s.evidence[0], conflict.source.text);
      findings.push(finding(brief, code, { start: conflict.claimed.start, end: conflict.claimed.end }, message, fixes, { sentenceIndex: s.index, ...(evidence ? { evidence } : {}) }));
    }
  }
  return findings;
};

/** One line: what the source says instead, and which source ("Source says “£60 million”, not “£40 million” [@ukopenlabs]"). */
export function contradictionMessage(conflict: Conflict, key: string): string {
  const claimed = quoteValue(conflict.claimed.text);
  // A relative date says what it stands for: “the year” (2010).
  const source = conflict.meaning ? `${quoteValue(conflict.source.text)} (${conflict.meaning})` : quoteValue(conflict.source.text);
  const label = sourceLabel(key);
  if (conflict.negation === 'claim') return `Source asserts what the brief negates with ${claimed} ${label}`;
  if (conflict.negation === 'source') return `Source negates this with ${source} ${label}`;
  if (conflict.kind === 'name' && codeOf(conflict) === 'contradicted-name') return `Source names ${source}, not ${claimed} ${label}`;
  if (conflict.kind === 'polarity') return `Source says the opposite: ${source}, not ${claimed} ${label}`;
  return `Source says ${source}, not ${claimed} ${label}`;
}

/**
 * The span to delete to drop the brief's negation: a standalone "not" or "never" with the space
 * after it ("will not help" -> "will help"). Other cues ("no", "cannot", "doesn't") need rewording.
 */
function removableCue(text: string, conflict: Conflict): Span | undefined {
  if (conflict.negation !== 'claim' || !/^(not|never)$/i.test(conflict.claimed.text)) return undefined;
  const { start, end } = conflict.claimed;
  if (text.charAt(end) !== ' ' || start === 0 || text.charAt(start - 1) !== ' ') return undefined;
  return { start, end: end + 1 };
}
