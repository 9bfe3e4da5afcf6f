// Whether a claim's name stands in a passage (fully, as a shorter form, an acronym, an alias or a
// nationality form), and which of the passage's other names could have been swapped for it.
import type { Analysis, Entity } from '../claims/analyze';
import type { Corpus } from '../corpus/corpus';
import type { PassageView } from './passageView';

/** Where a claim's name is found: in the passage itself, in its context, or nowhere. */
export type Found = 'own' | 'context' | undefined;

export function entityFound(corpus: Corpus, e: Entity, v: PassageView): Found {
  if (entityIn(corpus, e, v.stems, v.analysis.entities)) return 'own';
  if (entityIn(corpus, e, v.beforeStems, v.beforeEntities)) return 'context';
  return undefined;
}

function entityIn(corpus: Corpus, e: Entity, stems: Set<string>, others: readonly Entity[]): boolean {
  // Every word of a short name must be there ("Bill Clinton" is not "Bill Gates").
  const hits = e.stems.filter((s) => stems.has(s)).length;
  if (hits > 0 && hits >= Math.ceil(e.stems.length * (e.stems.length > 3 ? 0.75 : 1))) return true;
  // "Kendall" for "Liz Kendall": a shorter form of the same name, sharing its last word.
  const head = e.stems[e.stems.length - 1];
  if (e.stems.length <= 3 && others.some((o) => o.stems.includes(head) && !/^\p{Lu}+$/u.test(o.text) && o.stems.every((s) => e.stems.includes(s)))) return true;
  const aliases = corpus.aliasesOf(e.text);
  for (const o of others) {
    if (e.place && o.place === e.place) return true;
    if (o.initials.length >= 2 && o.initials === e.initials && (e.stems.length === 1 || o.stems.length === 1)) return true;
    if (aliases?.has(o.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * The rival name nearest to what the claim and passage share (a shared name first, else any
 * shared word), and how far it stands from the nearest shared word at all.
 */
export function nearestToAnchors(candidates: Entity[], c: Analysis, p: Analysis, e: Entity, matchedEntityTokens: Set<number>): { entity: Entity; distance: number } {
  const passageIndex = new Map<string, number[]>();
  p.tokens.forEach((t, i) => {
    if (t.stop) return;
    const list = passageIndex.get(t.stem) ?? [];
    list.push(i);
    passageIndex.set(t.stem, list);
  });
  const anchors: Array<{ claimOffset: number; passagePositions: number[] }> = [];
  c.tokens.forEach((t, i) => {
    if (t.stop || (i >= e.firstToken && i <= e.lastToken)) return;
    const positions = passageIndex.get(t.stem);
    if (positions) anchors.push({ claimOffset: i - e.firstToken, passagePositions: positions });
  });
  const gap = (cand: Entity, pos: number): number => (pos < cand.firstToken ? cand.firstToken - pos : pos > cand.lastToken ? pos - cand.lastToken : 0);
  const closest = (cand: Entity, from: typeof anchors): number => {
    let d = Infinity;
    for (const a of from) for (const pos of a.passagePositions) d = Math.min(d, gap(cand, pos));
    return d;
  };
  const entityAnchors = anchors.filter((a) => matchedEntityTokens.has(a.claimOffset + e.firstToken));
  const use = entityAnchors.length > 0 ? entityAnchors : anchors;
  let best = candidates[0];
  let bestDistance = Infinity;
  for (const cand of candidates) {
    const d = closest(cand, use);
    if (d < bestDistance) {
      bestDistance = d;
      best = cand;
    }
  }
  return { entity: best, distance: closest(best, anchors) };
}
