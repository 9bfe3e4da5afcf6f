// A leading attribution by a prepositional phrase: "In Lwin's telling, …", "By the essay's
// account, …", "In the view of the article, …", "In one poster's eyes, …". What follows its comma
// is the source's statement, to check against the source, as after "According to the essay,".
// Its noun is one of saying, opinion or judgement (WordNet: attributionSenses in classify.json),
// so "In Britain's history, …" and "In the UK's case, …" frame nothing; its owner is someone
// else's (a possessive or an of-phrase): "In our view, …" is the writer's own.
import type { Token } from '../text/tokens';
import { wordNet } from '../lexicon/source';
import { nounClass } from '../lexicon/nounKinds';
import data from './classify.json';
import { firstAfterComma } from './commas';

const PREPOSITIONS: ReadonlySet<string> = new Set(data.attributionPrepositions);
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(data.possessiveDeterminers);
const FIRST_PERSON: ReadonlySet<string> = new Set(data.firstPerson);
/** Tokens the phrase may hold before its comma: an owner of a few words and the noun. */
const MAX_PHRASE = 8;

const namesAView = nounClass(wordNet, data.attributionSenses as [string, number][]);

/** Whether the word is followed by a possessive in `text` (offset `base`): "Lwin's", "posters'" (the token leaves the "'s" out). */
export function possessive(token: Token, text: string, base: number): boolean {
  const after = text.slice(token.end - base, token.end - base + 2);
  return /^['’]s/i.test(after) || (/^['’]/.test(after) && token.raw.endsWith('s'));
}

/** Whether the phrase's owner is someone else: a possessive before the noun, or "of" and words after it. */
function ownedBySomeoneElse(phrase: readonly Token[], noun: number, text: string, base: number): boolean {
  if (phrase.some((t) => FIRST_PERSON.has(t.norm))) return false;
  const before = phrase.slice(0, noun);
  if (before.some((t) => POSSESSIVE_DETERMINERS.has(t.norm) || possessive(t, text, base))) return true;
  return phrase[noun + 1]?.norm === 'of' && noun + 2 < phrase.length;
}

/** Length in tokens of a leading attribution phrase with its comma (0 when the sentence has none). */
export function attributionPhraseLength(tokens: readonly Token[], text: string, base: number): number {
  if (!PREPOSITIONS.has(tokens[0]?.norm ?? '')) return 0;
  const end = firstAfterComma(tokens, text, base, 2, MAX_PHRASE + 2);
  if (end === undefined) return 0;
  const phrase = tokens.slice(1, end);
  const viewNoun = (t: Token): boolean => !t.stop && !t.capitalized && !possessive(t, text, base) && (namesAView(t.norm) || namesAView(t.raw.toLowerCase()));
  return phrase.some((t, noun) => viewNoun(t) && ownedBySomeoneElse(phrase, noun, text, base)) ? end : 0;
}
