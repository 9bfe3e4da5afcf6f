// inconsistent-fact: the brief states the same fact with two different values.
import { sameMeasure, sameQuantity, type Quantity } from '../../claims/quantities';
import type { Finding } from '../../types';
import { edit, finding, type Rule, type SentenceContext } from '../context';

/** Share of content words two sentences must share to be about the same fact. */
const SAME_SUBJECT = 0.5;

function subject(s: SentenceContext): Set<string> {
  const a = s.check.analysis;
  return new Set(a.tokens.filter((t, i) => !t.stop && !t.numeric && !a.quantityTokens.has(i)).map((t) => t.stem));
}

/** Names of a claim: places by their canonical form, others by their words. */
function names(s: SentenceContext): Set<string> {
  return new Set(s.check.analysis.entities.map((e) => e.place ?? e.stems.join(' ')));
}

/**
 * Two claims that both name who or what they are about share one of those names: "Clinton
 * claimed 8 million jobs" and "Obama claimed 14 million jobs" state different facts.
 */
function sameNamedSubject(a: SentenceContext, b: SentenceContext): boolean {
  const left = names(a);
  const right = names(b);
  if (left.size === 0 || right.size === 0) return true;
  for (const name of left) if (right.has(name)) return true;
  return false;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

export const inconsistentFactRule: Rule = ({ brief, sentences }) => {
  const findings: Finding[] = [];
  const claims = sentences.filter((s) => s.check.verdict !== 'opinion' && s.check.analysis.quantities.length > 0);
  const subjects = new Map(claims.map((s) => [s, subject(s)]));
  for (let j = 1; j < claims.length; j++) {
    for (let i = 0; i < j; i++) {
      const earlier = claims[i];
      const later = claims[j];
      if (overlap(subjects.get(earlier)!, subjects.get(later)!) < SAME_SUBJECT || !sameNamedSubject(earlier, later)) continue;
      const pair = differing(earlier, later);
      // A statement that agrees with an earlier one is not the odd one out: "£60M … £40M … £60M"
      // flags the £40M once, not the last £60M against it.
      if (pair === 'agrees') break;
      if (!pair) continue;
      const [q1, q2] = pair;
      // Keep the value the corpus supports, when one side is supported.
      const keepLater = later.check.verdict === 'supported' && earlier.check.verdict !== 'supported';
      const [wrong, right, rightSentence] = keepLater ? [q1, q2, later] : [q2, q1, earlier];
      const line = brief.lines.positionAt(rightSentence.sentence.span.start).line + 1;
      findings.push(
        finding(brief, 'inconsistent-fact', { start: wrong.start, end: wrong.end }, `This brief states “${right.text}” for the same fact on line ${line}`, [
          { title: `Use “${right.text}” as on line ${line}`, kind: 'replace-value', edits: [edit(brief, { start: wrong.start, end: wrong.end }, right.text)], isPreferred: true, safe: false },
        ], { sentenceIndex: (keepLater ? earlier : later).index }),
      );
      break;
    }
  }
  return findings;
};

/** Words around a figure: what it is a figure of. */
const NEAR = 5;

const nearCache = new WeakMap<Quantity, Set<string>>();

function near(s: SentenceContext, q: Quantity): Set<string> {
  const cached = nearCache.get(q);
  if (cached) return cached;
  const tokens = s.check.analysis.tokens;
  const words = new Set<string>();
  for (let i = Math.max(0, q.firstToken - NEAR); i <= Math.min(tokens.length - 1, q.lastToken + NEAR); i++) {
    if ((i < q.firstToken || i > q.lastToken) && !tokens[i].stop && !tokens[i].numeric) words.add(tokens[i].stem);
  }
  nearCache.set(q, words);
  return words;
}

/** Two figures of the same thing with different values; else 'agrees' when the sentences state a figure of the same thing alike. */
function differing(sa: SentenceContext, sb: SentenceContext): [Quantity, Quantity] | 'agrees' | undefined {
  const a = sa.check.analysis.quantities;
  const b = sb.check.analysis.quantities;
  let differ: [Quantity, Quantity] | undefined;
  let agree = false;
  for (const x of a) {
    for (const y of b) {
      if (x.kind !== y.kind || !sameMeasure(x, y)) continue;
      // The two figures must be of the same thing, not merely in sentences on the same subject.
      if (overlap(near(sa, x), near(sb, y)) < SAME_SUBJECT) continue;
      if (sameQuantity(x, y)) agree = true;
      else if (!b.some((z) => sameQuantity(x, z)) && !a.some((z) => sameQuantity(y, z))) differ ??= [x, y];
    }
  }
  return differ ?? (agree ? 'agrees' : undefined);
}
