// Synonyms and opposites of news and policy prose that WordNet does not give ("firm" /
// "company", "support" / "oppose"), compared by stem. Data: domainLexicon.json.
import { normalizeWord, stemOf } from '../../text/tokens';
import DATA from './domainLexicon.json';

/** Each word of a group (or pair) to the others, by stem. */
function byStem(groups: readonly string[][]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const stems = group.map((w) => stemOf(normalizeWord(w)));
    for (const a of stems) {
      for (const b of stems) {
        if (a === b) continue;
        const set = map.get(a) ?? new Set<string>();
        set.add(b);
        map.set(a, set);
      }
    }
  }
  return map;
}

const SYNONYMS = byStem(DATA.synonyms);
const ANTONYMS = byStem(DATA.antonyms);

/** Stems of the words that say the same as a word, by its stem. */
export function domainSynonyms(stem: string): ReadonlySet<string> | undefined {
  return SYNONYMS.get(stem);
}

/** Stems of the opposites of a word, by its stem. */
export function domainAntonyms(stem: string): ReadonlySet<string> | undefined {
  return ANTONYMS.get(stem);
}

export const DOMAIN_LEXICON: { synonyms: readonly string[][]; antonyms: readonly string[][] } = DATA;
