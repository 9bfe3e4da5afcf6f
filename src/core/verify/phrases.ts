// Two-word WordNet verbs as a brief or a source writes them ("shut out", "set aside"): one
// token spanning both words, so that the pair is compared as the one lemma it is.
import { tokenWith, type Token } from '../text/tokens';
import { wordNet } from '../lexicon/source';

/**
 * Per first word, per second word: the phrase's lemma form ("signed_up"), or null when the pair
 * is no two-word verb. Asked of every pair of words in every passage a brief reads: remembered,
 * the pair costs two lookups instead of two WordNet lemmatisations of a new string.
 */
const phraseNorms = new Map<string, Map<string, string | null>>();
/** First words remembered; beyond this the memo starts again (a long session's vocabulary). */
const FIRST_WORD_LIMIT = 50_000;

function phraseNorm(first: string, second: string): string | null {
  let bySecond = phraseNorms.get(first);
  if (!bySecond) {
    if (phraseNorms.size >= FIRST_WORD_LIMIT) phraseNorms.clear();
    phraseNorms.set(first, (bySecond = new Map()));
  }
  let norm = bySecond.get(second);
  if (norm === undefined) {
    const net = wordNet();
    const joined = `${first}_${second}`;
    // Phrasal verbs only: a noun compound ("venereal disease") is a noun and its modifier, compared as such.
    norm = net.lemmas(first).some((l) => l.pos === 'v') && net.lemmas(joined).some((l) => l.pos === 'v') ? joined : null;
    bySecond.set(second, norm);
  }
  return norm;
}

/**
 * The two-word WordNet verb written at tokens j and j+1 ("signed up" -> "signed_up", "set
 * aside"), as one token spanning both, when the first is a content word and one space parts them.
 */
export function phraseAt(tokens: readonly Token[], j: number): Token | undefined {
  const u = tokens[j];
  const next = tokens[j + 1];
  if (!u || !next || u.stop || u.numeric || next.numeric || u.allCaps || next.start - u.end !== 1) return undefined;
  // The cheap test first: the second word ends some phrase.
  if (!wordNet().phraseEnds().has(next.norm)) return undefined;
  const norm = phraseNorm(u.norm, next.norm);
  return norm === null ? undefined : tokenWith(u, { norm, stem: norm, end: next.end });
}
