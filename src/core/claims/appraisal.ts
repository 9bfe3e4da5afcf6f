// An appraisal: the writer weighing a speech, a text or what it proposes ("Bush's "axis of evil"
// label was needlessly provocative", "The Buffett rule was a fair and overdue correction",
// "The domestic section felt like an afterthought"). Its subject is a noun WordNet places under
// communication or a speech act; its predicate, after a linking verb, is an adjective, a noun
// phrase or a likeness, with no figure, date, name or quotation of its own. No source states
// such a sentence, so it is the writer's opinion unless a compared passage does (classify.ts).
import type { Token } from '../text/tokens';
import { wordNet } from '../lexicon/source';
import { nounClass } from '../lexicon/nounKinds';
import data from './classify.json';

const LINKING_VERBS: ReadonlySet<string> = new Set(data.linkingVerbs);
const DEGREE_ADVERBS: ReadonlySet<string> = new Set(data.degreeAdverbs);
const LIKENESS: ReadonlySet<string> = new Set(data.likenessWords);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(data.subjectPronouns);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(data.clauseOpeners);
/** Subject words read before the linking verb: a noun phrase with a modifier or two. */
const SUBJECT_REACH = 12;

/** Whether some noun sense of the word is a kind of communication or speech act ("address", "label", "rule"). */
const namesWhatIsSaid = nounClass(wordNet, data.appraisedSenses as [string, number][]);

/**
 * An adjective as written, not a verb's past participle ("provocative", "honest", and an adjective
 * in "-ing" WordNet lists as one: "convincing", "misleading"; not "signed", "postponed", which
 * after a linking verb report what was done).
 */
function plainAdjective(token: Token): boolean {
  const lemmas = wordNet().lemmas(token.norm);
  if (!lemmas.some((l) => l.pos === 'a' && l.word === token.norm)) return false;
  return token.norm.endsWith('ing') || !lemmas.some((l) => l.pos === 'v' && l.word !== token.norm);
}

/** An adverb of degree or manner before the predicate ("needlessly", "still", "far more"). */
function degreeAdverb(token: Token): boolean {
  if (DEGREE_ADVERBS.has(token.norm)) return true;
  return token.norm.endsWith('ly') && wordNet().lemmas(token.norm).some((l) => l.pos === 'r');
}

/** What the predicate opening at `from` is: an adjective, a noun phrase or a likeness (or none of them). */
function appraisingPredicate(tokens: readonly Token[], from: number): 'adjective' | 'phrase' | undefined {
  let k = from;
  while (k < tokens.length && degreeAdverb(tokens[k] as Token)) k++;
  const head = tokens[k];
  if (!head) return undefined;
  if (LIKENESS.has(head.norm)) return 'phrase';
  if (ARTICLES.has(head.norm)) {
    const next = tokens[k + 1];
    return next !== undefined && !next.capitalized && !next.numeric ? 'phrase' : undefined;
  }
  return !head.capitalized && plainAdjective(head) && tokens[k + 1]?.norm !== 'by' ? 'adjective' : undefined;
}

/**
 * The subject noun and linking verb of an appraisal, if the sentence is one. `stated` says which
 * tokens belong to a figure, a date or a quotation: the predicate must hold none of them.
 */
export function appraisal(tokens: readonly Token[], stated: (index: number) => boolean): string[] | undefined {
  const verb = tokens.findIndex((t, i) => i > 0 && i <= SUBJECT_REACH && LINKING_VERBS.has(t.norm) && !stated(i));
  if (verb < 0) return undefined;
  // A pronoun right before the verb is its subject ("as saying, We are strong"); a clause opened
  // before the noun ("did not pretend that the road to peace was easy") is another's predicate.
  if (SUBJECT_PRONOUNS.has(tokens[verb - 1]?.norm ?? '')) return undefined;
  const opened = tokens.findIndex((t, i) => i < verb && CLAUSE_OPENERS.has(t.norm));
  const subject = tokens.slice(0, opened < 0 ? verb : opened).find((t, i) => !t.stop && !t.capitalized && !stated(i) && namesWhatIsSaid(t.norm));
  const predicate = subject ? appraisingPredicate(tokens, verb + 1) : undefined;
  if (!subject || !predicate) return undefined;
  // A figure, date or quotation in the predicate is something a source may state; so is a name
  // in a noun phrase ("a tribute to Amelia Earhart"). An adjective weighs, whatever follows it
  // ("admirably forthright for a politician from the South").
  for (let k = verb + 1; k < tokens.length; k++) if (stated(k) || (predicate === 'phrase' && (tokens[k] as Token).capitalized)) return undefined;
  return [subject.raw, (tokens[verb] as Token).raw];
}
