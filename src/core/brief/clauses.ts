// Where a sentence holds several claims: the clauses that each state their own fact.
// "DeepSeek released R1 in 2025 [@a], and its post-training cost $3 million [@b]." is two
// claims, each checked against its own citation. A boundary is a semicolon, or a coordinator
// ("and", "but", "while", "whereas", ...) after a comma or after the citation that ends a
// clause, when what follows has its own subject and predicate; "while" and "whereas" need no
// comma. Coordinated verbs that share a subject ("declared X and limited Y") and lists of
// names stay one claim. A cited clause followed by a cited fragment that leaves its verb
// unsaid ("cut by more than half in 2014 [@a], and in 2016 by almost three-quarters [@b]")
// is two claims as well: gapping, each citation ending its own.
import { tokenize, type Token } from '../text/tokens';
import { isNumberWord } from '../claims/numberWords';
import { writtenAsYear } from '../claims/quantities';
import type { Span } from '../types';
import type { RawCitation } from './citations';
import { aboutTheBrief, isSpeakerPronoun, isThirdPersonSubject, isVerbOfSaying, participleFrameLength } from '../claims/classify';
import data from './clauses.json';

const COORDINATORS = new Set(data.coordinators);
const NEED_NO_COMMA = new Set(data.needNoComma);
const SUBJECT_STARTERS = new Set(data.subjectStarters);
const PRONOUNS = new Set(data.pronouns);
const FRONTING_PREPOSITIONS = new Set(data.frontingPrepositions);
const FIRST_PERSON = new Set(['we', 'i']);
const AUXILIARIES = new Set(data.auxiliaries);
const IRREGULAR_PAST = new Set(data.irregularPast);
const RELATIVE_WORDS = new Set(data.relativeWords);
const RELATIVE_SUBJECTS = new Set(data.relativeSubjects);
const POSSESSIVE_RELATIVES = new Set(data.possessiveRelatives);
const RELATIVE_OPENERS = new Set([...data.relativeWords, ...data.possessiveRelatives]);
const APPOSITIVE_DETERMINERS = new Set(data.appositiveDeterminers);
const APPOSITIVE_RELATIVES = new Set(data.appositiveRelatives);

/** Whether a claim is a relative clause split off as a claim of its own (read.ts gives it its antecedent). */
export function opensRelativeClause(prose: string): boolean {
  const first = /^\s*([A-Za-z]+)/.exec(prose)?.[1];
  return first !== undefined && RELATIVE_OPENERS.has(first.toLowerCase());
}
const COMPLEMENTIZERS = new Set(data.complementizers);

/** Words each side of a boundary needs to be a clause of its own. */
const MIN_CLAUSE_WORDS = 3;
/** Items of a list are at most this many words between commas ("France, Germany, and India"). */
const MAX_LIST_ITEM_WORDS = 3;

interface Cut {
  /** Where the left clause ends (before the comma or semicolon). */
  leftEnd: number;
  /** Where the right clause starts (after the coordinator). */
  rightStart: number;
}

/**
 * The claim spans of a sentence: `prose` is the sentence with markup and citations blanked
 * (same length as its text) starting at `base`; `citations` are the sentence's own.
 */
export function clauseSpans(prose: string, text: string, base: number, citations: readonly RawCitation[]): Span[] {
  const tokens = tokenize(prose, 0);
  if (tokens.length < 2 * MIN_CLAUSE_WORDS || embedsItsClauses(prose, tokens)) return [whole(text, base)];
  const nested = nesting(prose);
  const groupEnds = new Set(citations.map((c) => c.groupSpan.end - base));
  const cuts: Cut[] = [];
  let clauseStartToken = 0;
  for (let k = 1; k < tokens.length; k++) {
    const cut =
      semicolonCut(prose, tokens, k, nested) ??
      colonCut(prose, tokens, k, nested) ??
      coordinatorCut(prose, tokens, k, nested, groupEnds) ??
      gappedCut(prose, tokens, k, nested, groupEnds) ??
      relativeCut(prose, tokens, k, nested) ??
      complementCut(prose, tokens, k, nested, groupEnds) ??
      citedAppositiveCut(prose, tokens, k, nested, groupEnds) ??
      citedClauseCut(prose, tokens, k, nested, groupEnds) ??
      repeatedComplementCut(prose, tokens, k, nested) ??
      coordinatedReportCut(prose, tokens, k, nested) ??
      perfectParticipleCut(prose, tokens, k, nested) ??
      participialReportCut(prose, tokens, k, nested);
    if (!cut) continue;
    const leftWords = tokens.slice(clauseStartToken, k).filter((t) => t.end <= cut.leftEnd).length;
    const rightWords = wordsUntilNextBoundary(prose, tokens, k, nested);
    if (leftWords < MIN_CLAUSE_WORDS || rightWords < MIN_CLAUSE_WORDS) continue;
    cuts.push(cut);
    clauseStartToken = k;
  }
  if (cuts.length === 0) return [whole(text, base)];
  const spans: Span[] = [];
  let from = 0;
  for (const cut of cuts) {
    spans.push(trimmed(prose, text, base, from, pastClosingQuote(prose, cut.leftEnd, nested)));
    from = cut.rightStart;
  }
  spans.push(trimmed(prose, text, base, from, text.length));
  return spans;
}

/**
 * A sentence that opens with the writer's own frame ("This brief argues that A, while B", "We
 * believe A, and B") holds its clauses as the frame's content: one piece of analysis. (A
 * source's frame, "Bush said A [@x], and he pledged B [@y]", reports claims one by one.)
 */
function embedsItsClauses(prose: string, tokens: readonly Token[]): boolean {
  return FIRST_PERSON.has(tokens[0]?.norm ?? '') || aboutTheBrief(prose.trim());
}

function whole(text: string, base: number): Span {
  return trimmed(text, text, base, 0, text.length);
}

/**
 * The span `[from, to)` of the sentence from its first word (of the prose) to its last
 * character (of the text, so that a citation ending the clause stays in it), in document offsets.
 */
function trimmed(prose: string, text: string, base: number, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(prose.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start: base + start, end: base + end };
}

/** Closing quotation marks: after a comma inside them, they end the quotation the left clause holds. */
const CLOSING_QUOTES = new Set(['"', '”', '’']);

/**
 * Where a clause cut at `at` ends: past the closing quotation marks right after it when the comma
 * there stands inside a quotation (American usage: `was "Save Social Security now," and he
 * proposed …`), so the left claim keeps its quotation whole and the quotation is compared as one.
 */
function pastClosingQuote(prose: string, at: number, nested: Uint8Array): number {
  if (!nested[at]) return at;
  let end = at + 1;
  while (CLOSING_QUOTES.has(prose.charAt(end))) end++;
  return end;
}

/** Per character: inside quotation marks, parentheses or brackets (no boundary there). */
function nesting(prose: string): Uint8Array {
  const inside = new Uint8Array(prose.length);
  let depth = 0;
  let straight = false;
  for (let i = 0; i < prose.length; i++) {
    const c = prose.charAt(i);
    if (c === '(' || c === '[' || c === '“') depth++;
    else if ((c === ')' || c === ']' || c === '”') && depth > 0) depth--;
    else if (c === '"') straight = !straight;
    inside[i] = depth > 0 || straight ? 1 : 0;
  }
  return inside;
}

/** A semicolon between token k-1 and token k. */
function semicolonCut(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array): Cut | undefined {
  const from = tokens[k - 1]?.end ?? 0;
  const at = prose.indexOf(';', from);
  if (at < 0 || at >= (tokens[k]?.start ?? 0) || nested[at]) return undefined;
  return { leftEnd: at, rightStart: at + 1 };
}

/**
 * A colon between two clauses, each with its own predicate ("Sovereign capability takes time: the
 * thread's author reports ~18 months of work", "Washington has moved: last summer the plan set
 * out to …"): the second states the fact the first sums up, and each is read on its own. Not
 * before a list ("a different land: locked factory gates, long gasoline lines": no subject and
 * predicate of its own) or a quotation, nor after a verb of saying or before a capitalised word,
 * where the colon opens what was said.
 */
function colonCut(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array): Cut | undefined {
  const previous = tokens[k - 1];
  const next = tokens[k];
  if (!previous || !next) return undefined;
  const at = prose.indexOf(':', previous.end);
  if (at < 0 || at >= next.start || nested[at] || /["“‘']/.test(prose.slice(at + 1, next.start))) return undefined;
  if (isVerbOfSaying(previous.norm) || !tokens.slice(0, k).some(predicateCue)) return undefined;
  // A capital after the colon opens an announced statement ("Let me be clear: There will be …").
  if (next.capitalized) return undefined;
  // Its own subject and a verb, not a plural noun taken for one ("three groups: structural, stereoisomers, and …").
  const verb = tokens.slice(k + 1, k + 9).some((t) => finiteVerb(t) || (!t.capitalized && isVerbOfSaying(t.norm)));
  if (!verb || !ownClause(tokens, k, false)) return undefined;
  return { leftEnd: at, rightStart: at + 1 };
}

/** Where a citation blanked in the prose ends between two tokens (`from`, `to`], if one does. */
function citationEndBetween(groupEnds: ReadonlySet<number>, from: number, to: number): number | undefined {
  for (const end of groupEnds) if (end > from && end <= to) return end;
  return undefined;
}

/** A coordinator at token k that starts a clause of its own. */
function coordinatorCut(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array, groupEnds: ReadonlySet<number>): Cut | undefined {
  const word = tokens[k];
  const previous = tokens[k - 1];
  if (!word || !previous || !COORDINATORS.has(word.norm) || nested[word.start]) return undefined;
  const gap = prose.slice(previous.end, word.start);
  const comma = gap.indexOf(',');
  // The citation that ends the left clause is blanked in the prose: it sits in the gap.
  const citationEnd = citationEndBetween(groupEnds, previous.end, word.start);
  if (comma < 0 && citationEnd === undefined && !NEED_NO_COMMA.has(word.norm)) return undefined;
  // After a citation, a verb phrase sharing the subject ("[@a] and credited Y") has its own source.
  const citedVerbPhrase = citationEnd !== undefined && verbPhrase(tokens, k + 1);
  if (!citedVerbPhrase && !valuedVerbPhrases(prose, tokens, k, nested, comma >= 0) && !ownClause(tokens, k + 1, citationEnd !== undefined)) return undefined;
  if (comma >= 0 && citationEnd === undefined && word.norm === 'and' && endsList(prose, tokens, k, nested)) return undefined;
  if (comma >= 0 && interruption(prose, tokens, k, nested)) return undefined;
  const leftEnd = comma >= 0 ? previous.end + comma : citationEnd ?? previous.end;
  return { leftEnd, rightStart: word.end };
}

/**
 * After a comma, a verb phrase sharing the subject, where it and the clause before each state an
 * amount of their own ("puts the cost at around $3 million, and dismisses the idea that $1bn is
 * needed"): two measurements, often from two passages, each checked on its own. Otherwise
 * coordinated verbs stay one claim, years too ("declared X in 2019, and limited Y in 2020": one
 * account of one subject's acts).
 */
function valuedVerbPhrases(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array, comma: boolean): boolean {
  if (!comma || !verbPhrase(tokens, k + 1) || !tokens.slice(0, k).some(statesAmount)) return false;
  return tokensUntilNextBoundary(prose, tokens, k, nested).some(statesAmount);
}

/** A figure that is not a year: "3", "1bn", "sixty". */
function statesAmount(token: Token): boolean {
  return statesValue(token) && !writtenAsYear(token.raw);
}

/**
 * A coordinator after the citation that ends a clause, opening a fragment that ends with its
 * own citation and states its own figure or date, with the verb left unsaid (gapping: "[@a],
 * and in 2016 by almost three-quarters [@b]"; "[@a], and a net exporter for the first time in
 * 65 years [@b]"). Each citation covers the text since the one before it (Pandoc), so each part
 * is a claim; read.ts gives the fragment the words of the clause before as its context.
 */
function gappedCut(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array, groupEnds: ReadonlySet<number>): Cut | undefined {
  const word = tokens[k];
  const previous = tokens[k - 1];
  if (!word || !previous || !COORDINATORS.has(word.norm) || nested[word.start]) return undefined;
  const citationEnd = citationEndBetween(groupEnds, previous.end, word.start);
  if (citationEnd === undefined) return undefined;
  const fragment = tokensUntilNextBoundary(prose, tokens, k, nested);
  const last = fragment[fragment.length - 1];
  const ownCitation = last !== undefined && citationEndBetween(groupEnds, last.end, prose.length) !== undefined;
  if (!ownCitation || !fragment.some(statesValue) || fragment.some(finiteVerb)) return undefined;
  if (!tokens.slice(0, k).some(predicateCue)) return undefined;
  return { leftEnd: citationEnd, rightStart: word.end };
}

/** An auxiliary or past tense (not a plural noun, which predicateCue also takes): the fragment's own verb. */
function finiteVerb(token: Token): boolean {
  return !token.capitalized && pastOrAuxiliary(token.norm);
}

/** A figure or date: a numeral ("2014", "1bn", "18th") or a number word. */
function statesValue(token: Token): boolean {
  return token.numeric || /^\d/.test(token.raw) || isNumberWord(token.norm);
}

/** Whether a claim is a fragment without a verb of its own (read.ts gives it the clause before as context). */
export function isGappedFragment(prose: string): boolean {
  const tokens = tokenize(prose, 0);
  return tokens.length > 0 && !tokens.some(finiteVerb) && tokens.some(statesValue);
}

/**
 * ", which he used to argue ...": a relative clause with its own pronoun subject (and so its own verb)
 * states what its subject did with the antecedent, a claim of its own (kept with its relative word).
 */
function relativeCut(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array): Cut | undefined {
  const word = tokens[k];
  const previous = tokens[k - 1];
  if (!word || !previous || nested[word.start]) return undefined;
  const comma = prose.slice(previous.end, word.start).indexOf(',');
  if (POSSESSIVE_RELATIVES.has(word.norm)) return possessiveCut(prose, tokens, k, comma);
  if (!RELATIVE_WORDS.has(word.norm)) return undefined;
  if (comma < 0 || !RELATIVE_SUBJECTS.has(tokens[k + 1]?.norm ?? '')) return undefined;
  // After a pronoun subject comes its verb ("he used", "they later cut"): no noun phrase to skip.
  if (!tokens[k + 2] || asideBeforePredicate(prose, tokens, k, nested)) return undefined;
  return { leftEnd: previous.end + comma, rightStart: word.start };
}

/**
 * Whether the relative clause opening at token `k` closes with a comma before the main clause's
 * verb ("Carter's budget, which he called lean, carried a real increase"): an aside inside the
 * main clause, whose subject would be left without its predicate by a cut.
 */
function asideBeforePredicate(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array): boolean {
  for (let j = k + 2; j < tokens.length; j++) {
    const gap = prose.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0);
    if (!gap.includes(',') || nested[tokens[j]?.start ?? 0]) continue;
    return verbPhrase(tokens, j);
  }
  return false;
}

/**
 * "a fourth grader from Philadelphia whose hopes were set back when ...": a possessive relative
 * clause after a name (not sentence-initial) or a comma is a claim of its own, unless a comma
 * follows it (a figure's "50,000" aside): then it is an aside inside the main clause ("Davis,
 * whose school closed, moved").
 */
function possessiveCut(prose: string, tokens: readonly Token[], k: number, comma: number): Cut | undefined {
  const word = tokens[k];
  const previous = tokens[k - 1];
  if (!word || !previous) return undefined;
  const afterName = previous.capitalized && k - 1 > 0;
  if ((comma < 0 && !afterName) || /,\s/.test(prose.slice(word.end))) return undefined;
  return { leftEnd: comma >= 0 ? previous.end + comma : previous.end, rightStart: word.start };
}

/**
 * ", that B [@b]" after a cited clause ("he said A [@a], that B [@b], and that C [@c]"): one more
 * complement of the same verb, a claim with its own citation (kept with its "that").
 */
function complementCut(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array, groupEnds: ReadonlySet<number>): Cut | undefined {
  const word = tokens[k];
  const previous = tokens[k - 1];
  if (!word || !previous || !COMPLEMENTIZERS.has(word.norm) || nested[word.start]) return undefined;
  const gap = prose.slice(previous.end, word.start);
  const comma = gap.indexOf(',');
  const citationEnd = citationEndBetween(groupEnds, previous.end, word.start);
  if (comma < 0 || citationEnd === undefined || !tokens.slice(k + 2, k + 8).some(predicateCue)) return undefined;
  return { leftEnd: Math.min(citationEnd, previous.end + comma), rightStart: word.start };
}

/** Words an appositive's noun phrase may hold before its relative word ("a cut that", "a new fund which"). */
const APPOSITIVE_HEAD_REACH = 4;

/**
 * The boundary after a cited clause at token `k`: the citation that ends the clause before `k`
 * and a comma stand between the two, and a citation follows later in the sentence, for what
 * starts at `k` (Pandoc: a citation ends the clause it stands after). Undefined otherwise.
 */
function afterCitedClause(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array, groupEnds: ReadonlySet<number>): { word: Token; citationEnd: number; comma: number } | undefined {
  const word = tokens[k];
  const previous = tokens[k - 1];
  if (!word || !previous || nested[word.start]) return undefined;
  const comma = prose.slice(previous.end, word.start).indexOf(',');
  const citationEnd = citationEndBetween(groupEnds, previous.end, word.start);
  if (comma < 0 || citationEnd === undefined || citationEndBetween(groupEnds, word.end, prose.length) === undefined) return undefined;
  return { word, citationEnd, comma: previous.end + comma };
}

/**
 * "… by the first of March [@a], a cut that would release $11 billion [@b]": after a cited
 * clause, an indefinite noun phrase with its own relative clause and its own citation describes
 * the clause's object with a fact of its own, from its own source. Without a citation of its own
 * it stays with its clause.
 */
function citedAppositiveCut(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array, groupEnds: ReadonlySet<number>): Cut | undefined {
  const after = afterCitedClause(prose, tokens, k, nested, groupEnds);
  if (!after || !APPOSITIVE_DETERMINERS.has(after.word.norm)) return undefined;
  if (!tokens.slice(k + 2, k + 2 + APPOSITIVE_HEAD_REACH).some((t) => APPOSITIVE_RELATIVES.has(t.norm))) return undefined;
  return { leftEnd: Math.min(after.citationEnd, after.comma), rightStart: after.word.start };
}

/**
 * "The CHIPS Act curbs China's access to chips [@a], Washington has branded Huawei a security risk
 * [@b], and …": after a cited clause and the comma after its citation, a clause with its own
 * subject, its own predicate and its own citation is a claim of its own. Without a citation of
 * its own it stays with the clause before. An indefinite noun phrase there is an appositive
 * (citedAppositiveCut), not a clause.
 */
function citedClauseCut(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array, groupEnds: ReadonlySet<number>): Cut | undefined {
  const after = afterCitedClause(prose, tokens, k, nested, groupEnds);
  if (!after || APPOSITIVE_DETERMINERS.has(after.word.norm) || !prose.slice(after.citationEnd, after.word.start).includes(',') || !ownClause(tokens, k, true)) return undefined;
  return { leftEnd: after.citationEnd, rightStart: after.word.start };
}

/**
 * "announced that A and that B": the complementizer said again marks two complements of one
 * verb, each a proposition of its own (kept with its "that", as complementCut keeps it).
 */
function repeatedComplementCut(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array): Cut | undefined {
  const word = tokens[k];
  const previous = tokens[k - 1];
  const that = tokens[k + 1];
  if (!word || !previous || !that || !COORDINATORS.has(word.norm) || !COMPLEMENTIZERS.has(that.norm) || nested[word.start]) return undefined;
  if (!tokens.slice(0, k).some((t) => COMPLEMENTIZERS.has(t.norm)) || !ownClause(tokens, k + 2, false)) return undefined;
  // After a comma the second complement often leans on the first ("…, and that today the figure
  // is less than 1 percent"): cut there only at its own citation (complementCut).
  const gap = prose.slice(previous.end, word.start);
  if (gap.includes(',')) return undefined;
  // The left clause keeps the quotation marks and brackets that close it ("… own nature" and that …).
  const closing = /^[\s"”’)\]]*/.exec(gap)?.[0].trimEnd().length ?? 0;
  return { leftEnd: previous.end + closing, rightStart: that.start };
}

/** Words a verb of saying may take before its "that" ("told Congress that", "assured the allies that"). */
const REPORT_OBJECT_REACH = 3;

/** Whether a verb of saying at token `at` takes a that-clause within REPORT_OBJECT_REACH words. */
function reportsThat(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  // Its spelling as written: the -ise fold turns "promised" into a word WordNet does not list.
  if (!verb || verb.capitalized || !pastOrAuxiliary(verb.norm) || !isVerbOfSaying(verb.raw.toLowerCase())) return false;
  return tokens.slice(at + 1, at + 2 + REPORT_OBJECT_REACH).some((t) => COMPLEMENTIZERS.has(t.norm));
}

/**
 * "declared that A and promised that B", "built X and reported that B", "…, and he insisted that
 * B": a coordinated verb of saying with its own that-clause (and a pronoun subject, if any)
 * reports a proposition of its own, often from another passage; it is checked on its own (kept
 * with its verb), as "said that A and that B" is (repeatedComplementCut). Other coordinated verbs
 * stay one account of one subject's acts.
 */
function coordinatedReportCut(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array): Cut | undefined {
  const word = tokens[k];
  const previous = tokens[k - 1];
  const verbAt = isSpeakerPronoun(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
  if (!word || !previous || word.norm !== 'and' || nested[word.start] || !reportsThat(tokens, verbAt)) return undefined;
  const gap = prose.slice(previous.end, word.start);
  const closing = /^[\s"”’)\]]*/.exec(gap)?.[0].trimEnd().length ?? 0;
  return { leftEnd: previous.end + closing, rightStart: tokens[k + 1]?.start ?? word.end };
}

/**
 * "Bush, having spoken with Gorbachev that day, proposed ..." or "Having spoken with Gorbachev,
 * Bush proposed ...": a perfect participle clause set off by commas states an earlier act of its
 * own, often from another passage, and is checked on its own. Cut at the comma that closes it,
 * where the main clause's verb (or, after a fronted one, its subject and verb) follows.
 */
function perfectParticipleCut(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array): Cut | undefined {
  const word = tokens[k];
  const previous = tokens[k - 1];
  if (!word || !previous || nested[word.start]) return undefined;
  const comma = prose.slice(previous.end, word.start).indexOf(',');
  if (comma < 0) return undefined;
  let opening = k - 1;
  while (opening > 0 && !prose.slice(tokens[opening - 1]?.end ?? 0, tokens[opening]?.start ?? 0).includes(',')) opening--;
  if (tokens[opening]?.norm !== PERFECT_PARTICIPLE_AUXILIARY || opening === k - 1) return undefined;
  const resumes = opening === 0 ? ownClause(tokens, k, false) : verbPhrase(tokens, k);
  return resumes ? { leftEnd: previous.end + comma, rightStart: word.start } : undefined;
}

/**
 * "He opposed extending the benefits, arguing that workers wanted a paycheck", "…, adding that
 * such a scheme would need to be nationwide": a present participle of saying after a comma, with
 * its own that-clause, reports a further proposition of the subject's. Read as one claim, the
 * participle's "that" made all before it the reporting frame, and the first clause went unchecked;
 * each is checked on its own (the right one kept with its verb).
 */
function participialReportCut(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array): Cut | undefined {
  const word = tokens[k];
  const previous = tokens[k - 1];
  if (!word || !previous || nested[word.start]) return undefined;
  const comma = prose.slice(previous.end, word.start).indexOf(',');
  if (comma < 0 || participleFrameLength(tokens, k) === 0) return undefined;
  return { leftEnd: previous.end + comma, rightStart: word.start };
}

/** The auxiliary of a perfect participle clause ("having spoken"). */
const PERFECT_PARTICIPLE_AUXILIARY = 'having';

/** Whether token `from` is a finite verb (past tense, auxiliary, third person): a predicate without its own subject. */
function verbPhrase(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  return first !== undefined && !first.capitalized && (pastOrAuxiliary(first.norm) || (first.norm.length > 3 && /[^su]s$/.test(first.norm) && !SUBJECT_STARTERS.has(first.norm)));
}

/**
 * Whether the words from token `from` start a clause: a subject, then a predicate. A pronoun
 * subject ("and its cost ...", "but we cannot ...") counts only when the clause before has its own citation.
 */
function ownClause(tokens: readonly Token[], from: number, cited: boolean): boolean {
  const first = tokens[from];
  if (!first) return false;
  // A third person's pronoun right before its finite verb ("…, and he set the goal of …") opens a
  // clause whatever cites it: a brief reports what someone did, one act per clause.
  if (isThirdPersonSubject(first.norm) && tokens[from + 1] !== undefined && predicateCue(tokens[from + 1]!)) return true;
  if (PRONOUNS.has(first.norm)) return cited && tokens.slice(from + 1, from + 8).some(predicateCue);
  if (FRONTING_PREPOSITIONS.has(first.norm)) return frontedSubject(tokens, from + 1);
  // A determiner, a number, a name or a noun ("whereas wages fell"); not a verb ("and limited their access") nor a preposition,
  // nor a verb's "-ing" form after a subject with no verb yet ("The plan to build homes while cutting rents was ..."):
  // the verb after it is the subject's, so cutting there would leave the subject without one.
  const gerund = first.norm.endsWith('ing') && !tokens.slice(Math.max(0, from - SUBJECT_REACH), from).some((t) => pastOrAuxiliary(t.norm));
  const subject = SUBJECT_STARTERS.has(first.norm) || first.numeric || (!first.stop && !pastOrAuxiliary(first.norm) && !gerund);
  if (!subject) return false;
  return tokens.slice(from + 1, from + 8).some(predicateCue);
}

/** Words a fronted adverbial may hold between its preposition and the clause's subject ("on taking office"). */
const FRONTED_REACH = 5;

/** A third person's pronoun right before its finite verb within FRONTED_REACH words: the clause's own subject after a fronted adverbial. */
function frontedSubject(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + FRONTED_REACH; k++) {
    const word = tokens[k];
    const next = tokens[k + 1];
    if (!word || !next) return false;
    if (isThirdPersonSubject(word.norm) && predicateCue(next)) return true;
  }
  return false;
}

/** Tokens read back from a coordinator for the verb of the clause before it (a subject and its modifiers). */
const SUBJECT_REACH = 12;

/** A word that marks a finite verb: an auxiliary, a past tense, a present third person (or a plural noun: the subject comes first). */
function predicateCue(token: Token): boolean {
  if (token.capitalized || token.numeric) return false;
  return pastOrAuxiliary(token.norm) || (token.norm.length > 3 && /[^su]s$/.test(token.norm));
}

/** An auxiliary or a past tense: a verb, never the head of a subject. */
function pastOrAuxiliary(word: string): boolean {
  return AUXILIARIES.has(word) || IRREGULAR_PAST.has(word) || (word.length > 4 && word.endsWith('ed'));
}

/** Whether ", and" closes a list: the item before it is short and follows another comma. */
function endsList(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array): boolean {
  let words = 0;
  for (let j = k - 1; j >= 0; j--) {
    words++;
    const gap = prose.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0);
    const comma = gap.indexOf(',');
    if (j > 0 && comma >= 0 && !nested[(tokens[j - 1]?.end ?? 0) + comma]) return words <= MAX_LIST_ITEM_WORDS;
    if (words > MAX_LIST_ITEM_WORDS) return false;
  }
  return false;
}

/**
 * Whether the clause the coordinator at `k` opens after a comma is an aside set off by a second
 * comma, after which the sentence's predicate resumes ("argues that DeepMind, although enormously
 * beneficial for the country, has muddied the waters"): the words before it have no predicate of
 * their own, so cutting there would leave a subject without its verb.
 */
function interruption(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array): boolean {
  for (let j = k + 2; j < tokens.length; j++) {
    const left = tokens[j - 1] as Token;
    const gap = prose.slice(left.end, (tokens[j] as Token).start);
    const comma = gap.indexOf(',');
    if (/[;:.!?]/.test(gap)) return false;
    if (comma >= 0 && !nested[left.end + comma]) return AUXILIARIES.has((tokens[j] as Token).norm);
  }
  return false;
}

/** Words from token k+1 to the next semicolon or the sentence's end. */
function wordsUntilNextBoundary(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array): number {
  return tokensUntilNextBoundary(prose, tokens, k, nested).length;
}

/** Tokens from token k+1 to the next semicolon or the sentence's end. */
function tokensUntilNextBoundary(prose: string, tokens: readonly Token[], k: number, nested: Uint8Array): Token[] {
  let end = k + 1;
  while (end < tokens.length && !semicolonCut(prose, tokens, end, nested)) end++;
  return tokens.slice(k + 1, end);
}
