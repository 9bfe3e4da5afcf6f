// A negation the claim adds: an inserted "not" has the lexical relation of negation to nothing,
// so whatever else aligns, the passage cannot entail the claim (MacCartney & Manning 2009: an
// edit whose relation is ^ never joins to entailment). The contradiction, where there is one,
// is polarity's to find; this check only keeps such a claim from being supported.
import { relation } from '../../lexicon/relation';
import { negationParaphrased } from '../polarity';
import { observe, type CompareContext } from './context';

/**
 * Claim negation cues the passage has no counterpart of, nor restates by an opposite (`absorbed`:
 * "not open" / "closed"). Each passage cue answers one claim cue, its own word or a word WordNet
 * equates with it first, else any ("not exfiltrated" / "without exfiltration").
 */
export function addedNegations(ctx: CompareContext, absorbed: ReadonlySet<number> = new Set()): number {
  const { claim: c, passage: p } = ctx;
  const available = p.cues.map((k) => p.tokens[k]).filter((t) => t !== undefined);
  let added = 0;
  for (const k of c.cues) {
    const cue = c.tokens[k];
    if (!cue || k < ctx.contentFrom || absorbed.has(k) || negationParaphrased(c, k, p)) continue;
    const same = available.findIndex((t) => t.stem === cue.stem || relation(cue.norm, t.norm).relation === 'equivalent');
    const at = same >= 0 ? same : available.length - 1;
    if (at >= 0) {
      available.splice(at, 1);
      continue;
    }
    added++;
    observe(ctx, 'negation', 'missing', cue);
  }
  return added;
}
