// unknown-citation: a key that no source of the corpus has.
import type { Finding, Fix } from '../../types';
import { edit, finding, type Rule } from '../context';

export const unknownCitationRule: Rule = ({ brief, corpus }) => {
  const findings: Finding[] = [];
  for (const c of brief.citations) {
    if (corpus.source(c.key)) continue;
    const nearest = corpus.nearestKeys(c.key, 3);
    const fixes: Fix[] = nearest.map((key, i) => ({
      title: `Change to @${key} (${corpus.source(key)?.title ?? key})`,
      kind: 'swap-citation',
      edits: [edit(brief, c.span, key)],
      isPreferred: i === 0,
      safe: false,
    }));
    const suggestion = nearest.length ? `; did you mean ${nearest.map((k) => `@${k}`).join(', ')}?` : '';
    findings.push(finding(brief, 'unknown-citation', c.span, `No source has the key @${c.key}${suggestion}`, fixes));
  }
  return findings;
};
