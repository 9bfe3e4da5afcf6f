// What kind of thing a noun names, read from WordNet's hypernyms: the kinds (roots) its noun senses
// fall under, breadth first. Shared by the kinds of names (verify/nameKinds.ts) and the subjects
// of an appraisal (claims/appraisal.ts), each with its own roots.
import { BoundedCache } from '../boundedCache';
import type { WordNet, WordNetPos } from './wordnet';

/** WordNet is under 20 deep: the hypernym walk stops there. */
const MAX_DEPTH = 20;

/** The synset of a noun's sense (1-based, as WordNet numbers them), if WordNet has it. */
export function nounSense(wn: WordNet, lemma: string, sense: number): number | undefined {
  return wn.synsets({ word: lemma, pos: 'n' })[sense - 1];
}

/** The kinds every noun sense of `word` falls under: the roots met walking up its hypernyms, not past them. */
export function nounKinds<Kind>(wn: WordNet, roots: ReadonlyMap<number, Kind>, word: string): Set<Kind> {
  return senseKinds(wn, roots, word, { pos: 'n' });
}

/**
 * The kinds the senses of `word` in one part of speech fall under (the roots met walking up their
 * hypernyms, not past them): its first `senses` senses (WordNet orders them by frequency), within
 * `depth` levels counting the sense itself. Verbs of change use it with "increase" and "decrease"
 * as roots (claims/changes.ts).
 */
export function senseKinds<Kind>(wn: WordNet, roots: ReadonlyMap<number, Kind>, word: string, { pos, senses = Infinity, depth: levels = MAX_DEPTH }: { pos: WordNetPos; senses?: number; depth?: number }): Set<Kind> {
  const kinds = new Set<Kind>();
  for (const lemma of wn.lemmas(word).filter((l) => l.pos === pos)) {
    let frontier = wn.synsets({ word: lemma.word, pos }).slice(0, senses);
    const seen = new Set<number>();
    for (let depth = 0; depth < levels && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const id of frontier) {
        if (seen.has(id)) continue;
        seen.add(id);
        const kind = roots.get(id);
        if (kind !== undefined) kinds.add(kind);
        else next.push(...wn.hypernyms(id));
      }
      frontier = next;
    }
  }
  return kinds;
}

/** Per word, whether it is a noun of the class: bounded, as every per-word memo of the engine. */
const CLASS_MEMO_LIMIT = 20_000;

/**
 * A test of whether some noun sense of a word falls under one of the given senses ([lemma,
 * sense number] pairs, read from data): the roots are found in WordNet when first asked.
 */
export function nounClass(wordNetOf: () => WordNet, senses: readonly (readonly [string, number])[]): (word: string) => boolean {
  let roots: ReadonlyMap<number, true> | undefined;
  const memo = new BoundedCache<string, boolean>(CLASS_MEMO_LIMIT);
  return (word) =>
    memo.get(word, () => {
      const wn = wordNetOf();
      roots ??= new Map(senses.flatMap(([lemma, sense]) => {
        const root = nounSense(wn, lemma, sense);
        return root === undefined ? [] : [[root, true] as const];
      }));
      return nounKinds(wn, roots, word).size > 0;
    });
}
