// Two-word WordNet verbs as a brief or a source writes them ("shut out", "set aside"): one
// token spanning both words, so that the pair is compared as the one lemma it is.
import { tokenWith, type Token } from '../text/tokens';
import { wordNet } from '../lexicon/source';

/**
 * The two-word WordNet verb written at tokens j and j+1 ("signed up" -> "signed_up", "set
 * aside"), as one token spanning both, when the first is a content word and one space parts them.
 */
export function phraseAt(tokens: readonly Token[], j: number): Token | undefined {
  const u = tokens[j];
  const next = tokens[j + 1];
  if (!u || !next || u.stop || u.numeric || next.numeric || u.allCaps || next.start - u.end !== 1) return undefined;
  const net = wordNet();
  // Asked of every pair of words in a passage: the cheap tests first (the second word ends some phrase; the first can be a verb).
  if (!net.phraseEnds().has(next.norm) || !net.lemmas(u.norm).some((l) => l.pos === 'v')) return undefined;
  const norm = `${u.norm}_${next.norm}`;
  // Phrasal verbs only: a noun compound ("venereal disease") is a noun and its modifier, compared as such.
  return net.lemmas(norm).some((l) => l.pos === 'v') ? tokenWith(u, { norm, stem: norm, end: next.end }) : undefined;
}
