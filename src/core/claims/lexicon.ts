// General English lexicon used to compare polarity and to recognise nationality words.
// Nothing here is about a particular corpus: it is the language, not the sources. The word
// lists are data (lexicon.json); this module gives them their types and lookups.
import data from './lexicon.json';
import { isNumberWord } from './numberWords';
import CLASSIFY from './classify.json';

/** Words that negate what follows them in their clause. */
export const NEGATION_CUES: ReadonlySet<string> = new Set(data.negationCues);

/** Negation cues that are also nouns ("a test ban was within reach"): as nouns they negate nothing. */
export const NEGATION_NOUNS: ReadonlySet<string> = new Set(data.negationNouns);
/** A cue and the words after it that assert what follows ("not only", "no alternative to"). */
export const AFFIRMING_NEGATIONS: ReadonlyArray<readonly string[]> = data.affirmingNegations;
/** Negations of a part of a set, whose scope is the clause's predicate (lexicon.json partitiveNegations). */
export const PARTITIVE_NEGATIONS: ReadonlyArray<readonly string[]> = data.partitiveNegations;
/** An adjective of absence with its preposition ("free of", "exempt from"): a cue as "without" is. */
export const PRIVATIVE_PHRASES: ReadonlyArray<readonly string[]> = data.privativePhrases;
/** Cues that each negate the item right after them ("neither A nor B"). */
export const COORDINATED_NEGATIONS: ReadonlySet<string> = new Set(data.coordinatedNegations);

const DEGREE_MODIFIERS: ReadonlySet<string> = new Set(data.degreeModifiers);
const DEGREE_HEADS: ReadonlySet<string> = new Set(data.degreeHeads);

const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(data.hyphenPrefixes);

/** Whether token `i` is a bound prefix joined by a hyphen to the word after it ("post-train"): no word of its own. */
export function hyphenPrefixAt(tokens: readonly { norm: string; hyphenAfterPrevious: boolean }[], i: number): boolean {
  return HYPHEN_PREFIXES.has(tokens[i]?.norm ?? '') && tokens[i + 1]?.hyphenAfterPrevious === true;
}

/** Whether the word at `i` says the degree of the one after it ("well below", "far behind"): no content word of its own. */
export function degreeModifierAt(tokens: readonly { norm: string }[], i: number): boolean {
  return DEGREE_MODIFIERS.has(tokens[i]?.norm ?? '') && DEGREE_HEADS.has(tokens[i + 1]?.norm ?? '');
}

/** "until": after "not", the negation says when (lexicon.json timeDelimiters). */
export const DELIMITERS: ReadonlySet<string> = new Set(data.timeDelimiters);
const GRAMMATICAL_CUES: ReadonlySet<string> = new Set(data.grammaticalCues);

/** A function-word negator, which negates the predicate after it: "not", "never", "cannot", any "n't". */
export function grammaticalNegator(token: { norm: string; raw: string }): boolean {
  return GRAMMATICAL_CUES.has(token.norm) || /n['’]t$/i.test(token.raw);
}

const INFINITIVE_NEGATORS: ReadonlySet<string> = new Set(data.infinitiveNegators);
const ONLY_BEFORE_INFINITIVE: ReadonlySet<string> = new Set(data.negatorsOnlyBeforeInfinitive);
const GERUND_NEGATORS: ReadonlySet<string> = new Set(data.gerundNegators);

/** A negative implicative before the gerund it denies ("avoided laying off"; not "avoided nothing", "during"). */
function negatesGerundAt(tokens: readonly { norm: string; stop?: boolean }[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  return token !== undefined && GERUND_NEGATORS.has(token.norm) && next !== undefined && next.stop !== true && !NEGATION_CUES.has(next.norm) && next.norm.endsWith('ing');
}

/**
 * Whether token `i` is a negative implicative that negates only its complement ("to" and a verb,
 * or a gerund) standing without one ("the bank failed", "prices declined to 3 percent", "avoided a
 * shutdown"): then it negates nothing.
 */
export function implicativeWithoutComplement(tokens: readonly { norm: string; numeric: boolean; stop?: boolean }[], i: number): boolean {
  const token = tokens[i];
  if (token && GERUND_NEGATORS.has(token.norm)) return !negatesGerundAt(tokens, i);
  if (!token || !ONLY_BEFORE_INFINITIVE.has(token.norm)) return false;
  const after = tokens[i + 2];
  return tokens[i + 1]?.norm !== 'to' || after === undefined || after.numeric || isNumberWord(after.norm);
}

/**
 * A negator of the predicate after it: a function word, or a negative implicative before "to"
 * ("failed to disrupt", "unable to act") or a gerund ("avoided laying off"), which denies that
 * verb as "not" would.
 */
export function negatesNextPredicate(tokens: readonly { norm: string; raw: string; stop?: boolean }[], i: number): boolean {
  const token = tokens[i];
  return token !== undefined && (grammaticalNegator(token) || (INFINITIVE_NEGATORS.has(token.norm) && tokens[i + 1]?.norm === 'to') || negatesGerundAt(tokens, i));
}

/** Words of falsity that negate the that-clause they frame ("it is a mistake to think that"). */
export const FALSITY_WORDS: ReadonlySet<string> = new Set(data.falsityWords);
/** Verbs of belief between a word of falsity and its "that" ("to think", "to assume"). */
export const BELIEF_VERBS: ReadonlySet<string> = new Set(data.beliefVerbs);

/** Words after a comma that continue a negated object with examples ("such as", "including"). */
export const LIST_CONTINUERS: ReadonlySet<string> = new Set(data.listContinuers);
/** Relative pronouns that open a supplement after a comma, outside a negation's scope. */
export const SUPPLEMENT_OPENERS: ReadonlySet<string> = new Set(data.supplementOpeners);

/** "rather than", "instead of", "other than": the first words, by the second, that with it deny or exclude what follows. */
export const CONTRASTIVE_NEGATIONS: ReadonlyMap<string, ReadonlySet<string>> = firstWordsBySecond(data.contrastiveNegations);

/** Two-word cues by their second word ("than": "rather", "other"): several may share it. */
function firstWordsBySecond(pairs: readonly (readonly string[])[]): Map<string, Set<string>> {
  const bySecond = new Map<string, Set<string>>();
  for (const [first, second] of pairs) {
    if (first === undefined || second === undefined) continue;
    const firsts = bySecond.get(second) ?? new Set<string>();
    firsts.add(first);
    bySecond.set(second, firsts);
  }
  return bySecond;
}

/** "could have been restricted ..., but instead": modals whose perfect, contrasted, denies what follows. */
export const COUNTERFACTUAL_MODALS: ReadonlySet<string> = new Set(data.counterfactualModals);

/** Words before "not" that make it deny one phrase ("X and not Y"), and the words a verb group starts with, where that phrase ends. */
export const CONSTITUENT_NEGATION_OPENERS: ReadonlySet<string> = new Set(data.constituentNegationOpeners);
export const VERB_GROUP_STARTS: ReadonlySet<string> = new Set(data.verbGroupStarts);
/** Negation cues that are prepositions: they deny their complement phrase ("without restraint"), not the clause. */
export const PREPOSITIONAL_NEGATIONS: ReadonlySet<string> = new Set(data.prepositionalNegations);

/** Words that open the clause a verb takes as its object ("forget that ..."). */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(data.complementizers);

/** Words that open a list's last item: a negation's scope runs over the list. */
export const LIST_COORDINATORS: ReadonlySet<string> = new Set(data.listCoordinators);

/** Words that end a negation's scope. */
export const SCOPE_BREAKERS: ReadonlySet<string> = new Set(data.scopeBreakers);
/** Scope breakers that, right after a negation cue, are adverbs inside its scope ("not yet"). */
export const ADVERBS_AFTER_CUE: ReadonlySet<string> = new Set(data.adverbsAfterCue);

/**
 * Titles and offices written before a name: "Senator Hatch" and "Senator Kassebaum" share no name.
 * The list ends with the generic heads of organisations' names: "Institut Montaigne" and "Thomas
 * More Institute" share no name.
 */
const ASPECTUAL_NEGATIONS: ReadonlySet<string> = new Set((data.aspectualNegations as [string, string][]).map(([cue, particle]) => `${cue} ${particle}`));

/** Whether token `i` is the particle of time of an aspectual negation ("no longer possible"): part of the cue. */
export function aspectualNegationParticle(tokens: readonly { norm: string }[], i: number): boolean {
  const previous = tokens[i - 1]?.norm;
  const particle = tokens[i]?.norm;
  return previous !== undefined && particle !== undefined && tokens[i + 1]?.norm !== 'than' && ASPECTUAL_NEGATIONS.has(`${previous} ${particle}`);
}

/**
 * Pronouns after an auxiliary that make it an inverted clause's ("Not through tariffs … did we
 * achieve"): the subject pronouns classify.json lists (claims/analyze.ts listIsSubject).
 */
export const INVERTED_SUBJECTS: ReadonlySet<string> = new Set(CLASSIFY.subjectPronouns);

const REVERSING_COMPARATIVES: ReadonlySet<string> = new Set(data.reversingComparatives);

/** Whether token `i` follows a comparative that reverses its scale ("less expensive"). */
export function reversedByComparative(tokens: readonly { norm: string }[], i: number): boolean {
  return REVERSING_COMPARATIVES.has(tokens[i - 1]?.norm ?? '') && tokens[i]?.norm !== 'than';
}

/** Auxiliaries reported speech shifts back, and the present forms they stand for, by group. */
const BACKSHIFT_GROUP = new Map<string, string>();
for (const [past, present] of data.backshiftedAuxiliaries as [string, string][]) {
  const group = BACKSHIFT_GROUP.get(past) ?? BACKSHIFT_GROUP.get(present) ?? past;
  BACKSHIFT_GROUP.set(past, group);
  BACKSHIFT_GROUP.set(present, group);
}

/** Whether two auxiliaries differ only by reported speech's shift of tense ("are" / "were", "has" / "had"). */
export function backshiftedPair(a: string, b: string): boolean {
  const group = BACKSHIFT_GROUP.get(a);
  return group !== undefined && group === BACKSHIFT_GROUP.get(b);
}

/** The group of auxiliaries `backshiftedPair` reads a word in, if any (two words are a pair when their groups are one). */
export function backshiftGroup(norm: string): string | undefined {
  return BACKSHIFT_GROUP.get(norm);
}
export const NAME_TITLES: ReadonlySet<string> = new Set(data.nameTitles);

/** After "no" or "not" and before "than", a bound on a figure ("no more than 7 percent" = "at most"). */
export const COMPARATIVE_BOUNDS: ReadonlySet<string> = new Set(data.comparativeBounds);
/** "not a single", "not one": the negated word is the noun after them. */
export const EMPHATIC_QUANTIFIERS: ReadonlySet<string> = new Set(data.emphaticQuantifiers);
/** Semi-modal verbs ("need to", "have to"), which carry modality, not the predicate. */
export const SEMI_MODALS: ReadonlySet<string> = new Set(data.semiModals);

/** Country or region name <-> adjective and common short forms; the first form of each is the canonical name. */
const PLACE_FORMS: readonly (readonly string[])[] = data.placeForms;

const PLACE_CANONICAL = new Map<string, string>();
for (const forms of PLACE_FORMS) for (const f of forms) PLACE_CANONICAL.set(f, forms[0] ?? f);

/** Every form of a canonical place ("us" -> "us", "usa", "america", ...), lower-cased. */
export function placeForms(canonical: string): readonly string[] {
  return PLACE_FORMS.find((forms) => forms[0] === canonical) ?? [canonical];
}

/** The canonical place an entity's lower-cased text names, if it is a known country or region form. */
export function canonicalPlace(lowerText: string): string | undefined {
  return PLACE_CANONICAL.get(lowerText.replace(/[’']s$/, '').replace(/\.$/, ''));
}

/** Words that introduce a report of what someone said (a claim about a source, not an opinion). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(data.reportingVerbs);
/** Conjunctions opening a subordinate clause, in which a reporting verb frames nothing. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(data.subordinators);
/** Participles of speaking or writing that open a phrase before the subject ("Writing on 2 February, Lwin argued"). */
export const FRONTED_PARTICIPLES: ReadonlySet<string> = new Set(data.frontedParticiples);

/**
 * Verbs that report only with "that" after them (or after their object: "told Congress that"):
 * "Discoveries in Iraq confirmed our fears" reports nothing.
 */
export const REPORTING_VERBS_WITH_THAT: ReadonlySet<string> = new Set(data.reportingVerbsWithThat);
/** Verbs of saying (WordNet's) whose clause is no report of what the subject holds true ("denied that"). */
export const NOT_REPORTING: ReadonlySet<string> = new Set(data.notReportingVerbs);
