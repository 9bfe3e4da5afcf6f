// Decides whether a sentence makes a checkable claim or is the writer's analysis: a
// recommendation, a question, a hedged view or forecast, a judgement, a sentence about the brief
// itself, a lead-in to what follows, or a general statement with no specific fact (no figure,
// date, name or quotation) that cites nothing. The word lists are data (classify.json).
import type { Token } from '../text/tokens';
import type { Quantity } from './quantities';
import data from './classify.json';
import { FRONTED_PARTICIPLES, NOT_REPORTING, REPORTING_VERBS, REPORTING_VERBS_WITH_THAT, SUBORDINATORS } from './lexicon';
import { wordNet } from '../lexicon/source';
import { nounClass } from '../lexicon/nounKinds';
import { isNumberWord } from './numberWords';
import { BoundedCache } from '../boundedCache';
import { appraisal } from './appraisal';
import { attributionPhraseLength } from './attributionPhrase';
import { firstAfterComma } from './commas';

const MODALS = new Set(data.modals);
const RECOMMEND = new Set(data.recommendVerbs);
const DETERMINERS = new Set(data.determiners);
const FIRST_PERSON = new Set(data.firstPerson);
/** Before these the verb is no report ("up to Iraq to show", "did not find"): what follows it is not all the claim. */
const NOT_A_REPORT_AFTER = new Set(data.notAReportAfter);
const IMPERATIVES = new Set(data.imperativeVerbs);
const COPULAS = new Set(data.copulasAndAuxiliaries);

/** What made a sentence analysis: the class of cue, and the words of the sentence that are that cue. */
export type AnalysisCue = keyof typeof data.cueDescriptions;

export interface AnalysisReason {
  cue: AnalysisCue;
  /** The cue's words as the sentence writes them ("should", "we believe", "?"); none for a missing fact. */
  words: string[];
}

const CUE_DESCRIPTIONS: Readonly<Record<string, string>> = data.cueDescriptions;

/** A cue in words, for the explanation ("modal" -> "a modal verb"); undefined for a name no classifier gives. */
export function cueDescription(cue: string): string | undefined {
  return Object.hasOwn(CUE_DESCRIPTIONS, cue) ? CUE_DESCRIPTIONS[cue] : undefined;
}

/**
 * The writer drawing a moral or an inference (classify.json interpretations), read before any
 * reporting frame: "These entries suggest the UK is betting on efficiency" has a verb of saying
 * after a subject no source is, so it is the writer's inference, not a report of the entries.
 */
const INTERPRETATION_PATTERNS: readonly RegExp[] = data.interpretations.map((source) => new RegExp(source, 'i'));

const STANCE_PATTERNS: readonly { cue: AnalysisCue; pattern: RegExp }[] = [
  ...data.hedges.map((source) => ({ cue: 'hedge' as const, pattern: new RegExp(source, 'i') })),
  ...data.prescriptions.map((source) => ({ cue: 'prescription' as const, pattern: new RegExp(source, 'i') })),
  ...data.evaluations.map((source) => ({ cue: 'evaluation' as const, pattern: new RegExp(source, 'i') })),
  ...INTERPRETATION_PATTERNS.map((pattern) => ({ cue: 'interpretation' as const, pattern })),
  // "Had Congress enacted the plan, it would likely have ...": what the past would have been, which no record states.
  ...data.counterfactuals.map((source) => ({ cue: 'counterfactual' as const, pattern: new RegExp(source, 'i') })),
  // "would be wise", "would have been a modest and sensible step", "would be a strategic mistake": a
  // judgement, whatever figures it names.
  { cue: 'evaluation', pattern: new RegExp(`\\b(would|will|could|might) (have been|be) (an? (\\w+ )?)?(\\w+ (and|but) )?(${data.judgements.join('|')})\\b`, 'i') },
  // "The plan is misguided": after a plain "is" only the words that always judge.
  { cue: 'evaluation', pattern: new RegExp(`\\b(is|are|was|were|seems?|remains?) (an? )?(\\w+ (and|but) )?(${data.verdicts.join('|')})\\b`, 'i') },
];

/** The patterns built from classify.json, each of which the ReDoS test checks as it checks a literal. */
export function patternsFromData(): readonly RegExp[] {
  return [...STANCE_PATTERNS.map((p) => p.pattern), SELF_REFERENCE, SELF_REFERENCE_HERE, SELF_REFERENCE_ARGUES, RULE_FRAME];
}

/** "This brief argues", "The present note", "In this paper, ...": the brief speaking of itself. */
const SELF_REFERENCE = new RegExp(`${data.selfReferenceOpening}(in )?(${data.selfReferenceDeterminers.join('|')}) (${data.selfReferenceNouns.join('|')})\\b`, 'i');

/** "The six addresses reviewed here", "the figures shown below": the brief pointing at its own content. */
const SELF_REFERENCE_HERE = new RegExp(data.selfReferenceHere, 'i');

/** "..., this brief argues that": the brief named as the one who argues, anywhere in the sentence. */
const SELF_REFERENCE_ARGUES = new RegExp(`\\b(${data.selfReferenceDeterminers.join('|')}) (${data.selfReferenceNouns.join('|')}) (${data.selfReferenceVerbs.join('|')})\\b`, 'i');

/** The words by which a sentence speaks of the brief itself ("This brief argues that ...", "On balance, this note concludes ..."), if it does. */
export function aboutTheBriefWords(sentence: string): string | undefined {
  const opening = SELF_REFERENCE.exec(sentence.replace(/^[*_\s]+/, ''));
  if (opening) return opening[0].replace(/^[^,]*, /, '').trim();
  return (SELF_REFERENCE_HERE.exec(sentence) ?? SELF_REFERENCE_ARGUES.exec(sentence))?.[0];
}

/** Whether a sentence speaks of the brief itself. */
export function aboutTheBrief(sentence: string): boolean {
  return aboutTheBriefWords(sentence) !== undefined;
}

const FIGURE_BOUNDS = new Set(data.figureBounds);
const PART_DETERMINERS = new Set(data.partDeterminers);

/** What `measuredFact` reads of a sentence's analysis. */
export interface StatedFacts {
  tokens: readonly Token[];
  quantities: readonly Pick<Quantity, 'kind' | 'firstToken' | 'text'>[];
  quotes: readonly unknown[];
}

/**
 * Whether a sentence states a fact someone measured or recorded: a quotation, an amount of money,
 * a share, a date, a figure in digits, or one in words with a bound ("more than half", "nearly
 * eight"). Names alone, "the other half", "eight years later" or "the two leaders" are how a
 * writer tells and weighs things: uncited, a source is not expected to state them in those words.
 */
export function measuredFact(facts: StatedFacts): boolean {
  if (facts.quotes.length > 0) return true;
  return facts.quantities.some((q) => {
    const before = facts.tokens[q.firstToken - 1]?.norm ?? '';
    if (/\d/.test(q.text)) return true;
    if (FIGURE_BOUNDS.has(before) || FIGURE_BOUNDS.has(facts.tokens[q.firstToken - 2]?.norm ?? '')) return true;
    if (q.kind === 'percent') return !PART_DETERMINERS.has(before);
    return q.kind === 'money' || q.kind === 'date' || q.kind === 'year' || q.kind === 'multiplier';
  });
}

/** "Under the AI Act, providers must …", "To qualify, a system must …": a rule reported, not the writer's demand. */
const RULE_FRAME = new RegExp(data.ruleFrame, 'i');

/** A question, whatever closes it: `?`, `?”`, `?"**`. */
const QUESTION = /\?["'”’)\]*_\s]*$/;
/** A sentence that ends in a colon introduces what follows (a list, a quotation, a table). */
const LEAD_IN = /:["'”’)\]*_\s]*$/;

export type ClaimKind = 'claim' | 'opinion';

export interface Classification {
  kind: ClaimKind;
  /** Token index where the checked content starts, after a reporting frame ("The report says that ..."). */
  contentFrom: number;
  /** Why an opinion is one: its cue and the cue's words. */
  reason?: AnalysisReason;
}

/** What the sentence holds besides words. */
export interface ClaimFacts {
  /** A figure, date, name or quotation. */
  specific: boolean;
  /** A citation applies to it: the writer says a source bears it out. */
  cited?: boolean;
  /** Quotations (offsets as the tokens'): a modal or hedge inside one is the quoted speaker's, not the writer's. */
  quoted?: readonly { start: number; end: number }[];
  /** It states a measured fact (a figure, a date, a quotation: `measuredFact`). */
  measured?: boolean;
  /**
   * An attribution outside `text` frames it ("…, the poster argues."; "X, Lwin writes, Y"): what
   * it says is the source's view, to check against the source, as after a leading frame.
   */
  reported?: boolean;
  /**
   * A later clause of a sentence a reporting frame opens ("Kennedy said that A, while wholesale
   * prices rose"): its bare-noun subject is the source's, not a generalisation of the writer's.
   * Stance words still make it the writer's (a clause of comment after a report).
   */
  framedBySentence?: boolean;
}

/** `text` (at offset `base`) without the words of its quotations, and the tokens outside them. */
function outsideQuotes(text: string, tokens: readonly Token[], quoted: readonly { start: number; end: number }[], base: number): { text: string; tokens: Token[] } {
  let unquoted = text;
  for (const q of quoted) unquoted = unquoted.slice(0, q.start - base) + ' '.repeat(q.end - q.start) + unquoted.slice(q.end - base);
  return { text: unquoted, tokens: tokens.filter((t) => !quoted.some((q) => t.start >= q.start && t.end <= q.end)) };
}

/** Words a claim must have before a trailing attribution for the attribution to be read as one. */
const MIN_CLAIM_BEFORE_FRAME = 4;

/** Tokens of its clause a reporting verb may stand at ("The President of the United States said"). */
const FRAME_REACH = 7;

/** Tokens an "According to ..." attribution may run to before its comma. */
const MAX_ATTRIBUTION = 10;

/** Words a participle of saying may take before its "that" ("warning lawmakers that"). */
const PARTICIPLE_OBJECT_REACH = 3;

/**
 * The frame of a clause a present participle of saying opens at token `from` ("arguing that …",
 * "warning lawmakers that …"), in tokens up to its "that"; 0 when it opens none. Split from "He
 * opposed X, arguing that …" (brief/clauses.ts), such a clause is the subject's further statement.
 */
export function participleFrameLength(tokens: readonly Token[], from = 0): number {
  const first = tokens[from];
  if (!first || first.capitalized || !first.norm.endsWith('ing') || !isVerbOfSaying(first.norm)) return 0;
  for (let k = 1; k <= PARTICIPLE_OBJECT_REACH; k++) if (tokens[from + k]?.norm === 'that') return k + 1;
  return 0;
}

/**
 * Length of a leading reporting frame, in tokens: "The post argues that" -> 4, "According to the
 * Treasury," -> 4. `text` is the sentence the tokens come from, starting at offset `base`.
 */
export function reportingFrameLength(tokens: readonly Token[], text = '', base = 0): number {
  if (tokens[0]?.norm === 'according' && tokens[1]?.norm === 'to') return firstAfterComma(tokens, text, base, 3, MAX_ATTRIBUTION + 2) ?? 0;
  const attributed = attributionPhraseLength(tokens, text, base);
  if (attributed > 0) return attributed;
  // "After she found her daughter, ...": a subordinate clause first; its verb frames nothing, a
  // verb after its comma may ("When asked, the minister said ..."). So for a fronted participle
  // phrase ("Writing on 2 February 2026, Lwin argued that ...").
  const opener = tokens[0]?.norm ?? '';
  const mainFrom = SUBORDINATORS.has(opener) || FRONTED_PARTICIPLES.has(opener) ? afterFirstComma(tokens, text, base) : 0;
  // A frame opens its clause: within the first words after a fronted subordinate clause, if any.
  for (const [i, token] of tokens.slice(0, mainFrom + FRAME_REACH).entries()) {
    // A frame leads its own clause: a verb after a semicolon frames nothing before it (a claim
    // read with its context, "by almost 25 percent ; reported that rents had risen").
    if (i > 0 && text.slice((tokens[i - 1]?.end ?? base) - base, token.start - base).includes(';')) return 0;
    if (i < mainFrom) continue;
    // A modal before the verb makes it the writer's demand, not a report: "Newsrooms should pair
    // deficit claims ...", "Energy claims should be reported ...".
    if (isModal(tokens, i)) return 0;
    // "We recommend" or "I think" is the writer's own view, not a report of a source.
    // After an article the word is a noun ("The report says"), not the reporting verb.
    // After "to", a negation or an auxiliary it is no frame to skip ("It is up to Iraq to show ...").
    const before = i > 0 ? tokens[i - 1] : undefined;
    // "told Congress that", "pointed out that": the frame runs to the "that".
    const that = reportsWithThat(token.norm) ? [1, 2, 3].map((k) => i + k).find((k) => tokens[k]?.norm === 'that') : undefined;
    // Before a modal the word is a noun ("Energy claims should be reported ...").
    // Capitalised inside the sentence it is part of a name ("like United States, Australia ..."), not the verb.
    // "told Congress his administration had …": whom it tells, then the clause without its "that".
    const told = that === undefined ? addresseeEnd(tokens, i) : undefined;
    // After a possessive it is a noun too ("The council's report is …").
    if ((REPORTING_VERBS.has(token.norm) || that !== undefined || told !== undefined) && before && !token.capitalized && !isModal(tokens, i + 1) && !FIRST_PERSON.has(before.norm) && !DETERMINERS.has(before.norm) && !NOT_A_REPORT_AFTER.has(before.norm) && !isCount(before) && !/n['’]t$/i.test(before.raw) && !/['’]/.test(text.slice(before.end - base, token.start - base))) {
      if (that !== undefined) return that + 1;
      if (told !== undefined) return told;
      return tokens[i + 1]?.norm === 'that' ? i + 2 : i + 1;
    }
    if (reportedAttitude(tokens, i)) return tokens[i + 1]?.norm === 'that' ? i + 2 : i + 1;
  }
  return 0;
}

const ATTITUDE_VERBS: ReadonlySet<string> = new Set(data.attitudeVerbs);
const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(data.thirdPersonSubjects);

/** A third person's subject pronoun ("he", "she", "they"): not the writer, not the reader, not "it". */
export function isThirdPersonSubject(word: string): boolean {
  return THIRD_PERSON_SUBJECTS.has(word);
}

const ATTITUDE_HOLDER_DETERMINERS: ReadonlySet<string> = new Set(data.attitudeHolderDeterminers);
const namesAPerson = nounClass(wordNet, data.attitudeHolderSenses as [string, number][]);

/** A definite description of a person ending at token `i` ("the founder", "his adviser"): a singular noun WordNet places under person, after a determiner. */
function definitePerson(tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i];
  const determiner = tokens[i - 1];
  if (!noun || !determiner || noun.stop || !ATTITUDE_HOLDER_DETERMINERS.has(determiner.norm)) return false;
  const singular = wordNet().lemmas(noun.norm).some((l) => l.pos === 'n' && l.word === noun.norm);
  return singular && namesAPerson(noun.norm);
}

/**
 * A named speaker's, a third person's or a described person's hope, belief or fear before its
 * clause ("Reagan hoped …", "he believed …", "the mayor hoped …"). A capitalised
 * plural WordNet reads as a common noun ("Officials hoped") names no one, nor does a capitalised
 * modifier ("Another hopes …").
 */
function reportedAttitude(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || !ATTITUDE_VERBS.has(tokens[i]?.norm ?? '')) return false;
  if (isThirdPersonSubject(before.norm) || definitePerson(tokens, i - 1)) return true;
  const lemmas = wordNet().lemmas(before.norm);
  const commonPlural = lemmas.some((l) => l.pos === 'n' && l.word !== before.norm);
  // A word WordNet knows only as a modifier ("Another hopes …") is no name, capitalised or not.
  const modifier = lemmas.length > 0 && lemmas.every((l) => l.pos !== 'n' && l.pos !== 'v');
  return before.capitalized && !before.stop && !modifier && !before.allCaps && !FIRST_PERSON.has(before.norm) && !commonPlural;
}

/**
 * Whether the word, followed by "that", reports what someone said: the hand list, or a verb WordNet
 * makes first a verb of saying with a that-clause ("conceded", "boasted", "pledged"), unless its
 * subject denies, feigns, guesses, implies or demands the clause ("denied that", "demanded that":
 * lexicon.json).
 */
function reportsWithThat(word: string): boolean {
  // The verbs that report without "that" too ("argued", "said") frame to themselves, so a date
  // after them stays in the claim ("argued in 1998 that").
  if (REPORTING_VERBS_WITH_THAT.has(word) || REPORTING_VERBS.has(word)) return REPORTING_VERBS_WITH_THAT.has(word);
  const net = wordNet();
  return net.lemmas(word).some((l) => l.pos === 'v' && net.reportingVerbs().has(l.word) && !NOT_REPORTING.has(l.word));
}

/** Words a trailing attribution may give its speaker ("…, Kennedy reminded lawmakers", "…, he said"). */
const MAX_TRAILING_SPEAKER = 4;
const MAX_TRAILING_OBJECT = 3;
const TRAILING_PRONOUNS: ReadonlySet<string> = new Set(data.trailingSpeakerPronouns);
const TRAILING_DETERMINERS: ReadonlySet<string> = new Set(data.trailingSpeakerDeterminers);

/** Whether a word is a pronoun that may speak ("he said", "and she warned that"). */
export function isSpeakerPronoun(word: string): boolean {
  return TRAILING_PRONOUNS.has(word);
}

/** Whether tokens [from, to) can be who speaks: a capitalised name (with its title), a pronoun, or a noun phrase. */
function speakerWords(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  if (words.length === 0 || words.length > MAX_TRAILING_SPEAKER) return false;
  if (words.length === 1 && TRAILING_PRONOUNS.has(words[0]?.norm ?? '')) return true;
  const last = words[words.length - 1];
  // A noun phrase its determiner opens: "the essay", "one poster", "the thread's author".
  if (words.length >= 2 && TRAILING_DETERMINERS.has(words[0]?.norm ?? '') && last !== undefined && !last.stop) return true;
  return last !== undefined && last.capitalized && words.every((t) => t.capitalized || t.stop);
}

/**
 * Where a trailing attribution starts (the offset of its comma in `text`), when the sentence ends
 * with one: "…, according to Obama.", "…, Kennedy reminded lawmakers.", "…, he said.", "…, said
 * Ford." The words before it are the claim, as after a leading frame.
 */
export function trailingFrameStart(tokens: readonly Token[], text: string, base = 0): number | undefined {
  for (let k = tokens.length - 1; k >= MIN_CLAIM_BEFORE_FRAME && k >= tokens.length - (MAX_TRAILING_SPEAKER + MAX_TRAILING_OBJECT + 2); k--) {
    const [previous, first] = [tokens[k - 1], tokens[k]];
    if (!previous || !first) return undefined;
    const gap = text.slice(previous.end - base, first.start - base);
    if (!gap.includes(',')) continue;
    if (/["“”]/.test(gap)) return undefined;
    const comma = previous.end + gap.indexOf(',');
    if (first.norm === 'according' && tokens[k + 1]?.norm === 'to' && speakerWords(tokens, k + 2, tokens.length)) return comma;
    const verb = tokens.findIndex((t, i) => i >= k && isVerbOfSaying(t.norm) && !t.capitalized);
    if (verb < 0) return undefined;
    // "…, Kennedy reminded lawmakers." or "…, said Ford."
    const spoken = (speakerWords(tokens, k, verb) && tokens.length - verb - 1 <= MAX_TRAILING_OBJECT) || (verb === k && speakerWords(tokens, k + 1, tokens.length));
    return spoken ? comma : undefined;
  }
  return undefined;
}

/**
 * Where an attribution set off by commas inside a sentence starts and ends (from its first comma
 * to just after its second): "Amazon, Google and Meta, Lwin writes, have long built …". The words
 * on either side are the claim. Offsets are into `text`, which starts at `base`.
 */
export function medialFrameSpan(tokens: readonly Token[], text: string, base = 0): { start: number; end: number } | undefined {
  const gap = (k: number): string => text.slice((tokens[k - 1]?.end ?? base) - base, (tokens[k]?.start ?? base) - base);
  for (let verb = 1; verb < tokens.length - 1; verb++) {
    const said = tokens[verb];
    if (!said || said.capitalized || !isVerbOfSaying(said.norm)) continue;
    const close = [0, 1, 2, 3].map((n) => verb + 1 + n).find((k) => k < tokens.length && gap(k).includes(','));
    const open = [1, 2, 3, 4].map((n) => verb - n + 1).find((k) => k >= 1 && gap(k).includes(','));
    if (close === undefined || open === undefined || close - verb - 1 > MAX_TRAILING_OBJECT) continue;
    if (/["“”]/.test(gap(open) + gap(close)) || !speakerWords(tokens, open, verb)) continue;
    // A parenthetical frame takes no that-clause: "…, Lwin recalled that Liz Kendall, the …" is
    // a frame leading its complement, which runs on past the comma.
    if (tokens.slice(verb + 1, close).some((t) => t.norm === 'that')) continue;
    const [before, last] = [tokens[open - 1], tokens[close - 1]];
    if (!before || !last) continue;
    return { start: before.end + gap(open).indexOf(','), end: last.end + gap(close).indexOf(',') + 1 };
  }
  return undefined;
}

/** An article, demonstrative or possessive before a noun ("the", "this", "its"). */
export function isDeterminer(word: string): boolean {
  return DETERMINERS.has(word);
}

/**
 * Whether a word is a verb of saying or thinking in any form ("estimating", "told", "concluded"):
 * the hand lists, or WordNet's list, less the verbs whose clause the subject does not hold true.
 */
export function isVerbOfSaying(word: string): boolean {
  if (REPORTING_VERBS.has(word) || REPORTING_VERBS_WITH_THAT.has(word)) return true;
  // Asked of the words after every speaker a passage names, in every comparison: remembered.
  return sayingMemo.get(word, () => {
    const net = wordNet();
    return net.lemmas(word).some((l) => l.pos === 'v' && (REPORTING_VERBS.has(l.word) || REPORTING_VERBS_WITH_THAT.has(l.word) || (net.reportingVerbs().has(l.word) && !NOT_REPORTING.has(l.word))));
  });
}

const sayingMemo = new BoundedCache<string, boolean>(20_000);

/** An auxiliary or copula, which may stand between a speaker and its verb ("the Fund is now estimating"). */
export function isAuxiliary(word: string): boolean {
  return COPULAS.has(word);
}

const ADDRESSING = new Set(data.addressingVerbs);

/** Verbs of saying that name whom they tell ("told Congress", "warned lawmakers"): that one is the speech's "you" (checks/names.ts). */
export const TELLING_VERBS: ReadonlySet<string> = ADDRESSING;
const ADDRESSEES = new Set(data.addressees);

/**
 * After a verb that names whom it tells ("told Congress", "assured them"), where the clause it
 * reports starts: after the addressee, unless "to" follows (an order, not a report).
 */
function addresseeEnd(tokens: readonly Token[], i: number): number | undefined {
  const verb = tokens[i];
  const whom = tokens[i + 1];
  if (!verb || !whom || !ADDRESSING.has(verb.norm) || !(whom.capitalized || ADDRESSEES.has(whom.norm))) return undefined;
  const next = tokens[i + 2];
  return next && next.norm !== 'to' && next.norm !== 'that' ? i + 2 : undefined;
}

/** A count before a reporting word makes it a noun ("the four reports", "all 12 notes"); a year does not ("in 1998 said"). */
function isCount(token: Token): boolean {
  return isNumberWord(token.norm) || (token.numeric && !/^\d{4}$/.test(token.raw));
}

/** Index of the first token after a comma (tokens.length when none, or when `text` is not given). */
function afterFirstComma(tokens: readonly Token[], text: string, base: number): number {
  return firstAfterComma(tokens, text, base, 1, tokens.length) ?? tokens.length;
}

/** A modal verb, not the month: "in May 2024", "In May, ...". */
function isModal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !MODALS.has(t.norm)) return false;
  return !(t.norm === 'may' && t.capitalized && (i > 0 || /^\d/.test(tokens[i + 1]?.raw ?? '')));
}

/** The writer's own stance: a hedge, a judgement, a modal, a first-person recommendation, an imperative. */
function stance(trimmed: string, body: readonly Token[], measured: boolean, setApart: boolean): AnalysisReason | undefined {
  for (const { cue, pattern } of STANCE_PATTERNS) {
    const match = pattern.exec(trimmed);
    if (match) return { cue, words: [match[0]] };
  }
  const first = body[0];
  if (!setApart && imperative(body, measured) && first) return { cue: 'imperative', words: [first.raw] };
  for (const [i, t] of body.entries()) {
    if (isModal(body, i) && !(t.norm === 'must' && RULE_FRAME.test(trimmed)) && !embedded(body, i) && !underInstrument(body, i)) return { cue: 'modal', words: [t.raw] };
    const before = i > 0 ? body[i - 1] : undefined;
    if (RECOMMEND.has(t.norm) && before && FIRST_PERSON.has(before.norm)) return { cue: 'recommendation', words: [before.raw, t.raw] };
  }
  return undefined;
}

const EMBEDDING = new Set(data.embeddingWords);
const INSTRUMENT_NOUNS: ReadonlySet<string> = new Set(data.instrumentNouns);
/** Tokens from "under" to its instrument noun: a determiner or possessive, a year, a name or two. */
const INSTRUMENT_REACH = 4;

/**
 * Whether the modal at `modal` is read "under" an instrument, the phrase before it or right after
 * it ("Under his plan, people … could", "could, under his plan, buy"): the instrument's provision.
 * After the modal's verb ("should plan under the new law") the phrase is the verb's, and the
 * modal the writer's.
 */
function underInstrument(tokens: readonly Token[], modal: number): boolean {
  return tokens.some((t, k) => k <= modal + 1 && t.norm === 'under' && tokens.slice(k + 1, k + 1 + INSTRUMENT_REACH).some((u) => INSTRUMENT_NOUNS.has(u.norm)));
}
const WH_WORDS: ReadonlySet<string> = new Set(data.whClauseWords);
/** Words before a modal in which a verb of saying may open the clause that holds it ("says they should"). */
const EMBEDDING_REACH = 3;
/** Words before a modal in which a wh-word may open the clause that holds it ("what a future without access to US models could mean"). */
const WH_CLAUSE_REACH = 10;

/**
 * A modal inside a described question ("imagines what might happen") or in what a source is
 * reported to say ("the United States, which says they should have limited access"): the source's
 * stance, not the writer's.
 */
function embedded(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(1, i - WH_CLAUSE_REACH); k < i; k++) {
    const word = tokens[k];
    if (!word) continue;
    if (WH_WORDS.has(word.norm)) return true;
    if (k < i - EMBEDDING_REACH) continue;
    if (EMBEDDING.has(word.norm)) return true;
    // A verb of saying with its clause's subject between ("says they should"), not a noun before
    // the modal ("Energy claims should").
    if (k < i - 1 && !word.capitalized && isVerbOfSaying(word.norm)) return true;
    // Any verb with a that-clause holding the modal ("which holds that they should"): its
    // subject's stance, not the writer's.
    if (k < i - 2 && !word.capitalized && tokens[k + 1]?.norm === 'that' && wordNet().lemmas(word.norm).some((l) => l.pos === 'v')) return true;
  }
  return false;
}

/**
 * A word WordNet knows only as a verb, in its base form ("convene", "ask"), capitalised: first
 * in a sentence, a command. "Set", "Wage" or "Back" are nouns too, and need the list above.
 */
function onlyVerb(token: Token): boolean {
  // A clause of a sentence starts lower-case ("..., and fill EU places with GPUs"): its subject went before.
  if (!token.capitalized) return false;
  const lemmas = wordNet().lemmas(token.norm);
  return lemmas.length > 0 && lemmas.every((lemma) => lemma.pos === 'v' && lemma.word === token.norm);
}

/**
 * A word WordNet knows as a verb in its base form and otherwise only as a noun, capitalised, right
 * before a determiner ("Judge the programme", "Fund the labs"): a noun there would be a bare
 * singular subject before an article, which English does not write, so it is the verb of a
 * command. A word that is also an adjective or adverb opens a phrase ("Near the end, ...").
 */
function verbBeforeDeterminer(token: Token, next: Token): boolean {
  // One space between: "Cost: a second tranche …" is a label and its text, no command.
  if (!token.capitalized || !DETERMINERS.has(next.norm) || next.start !== token.end + 1) return false;
  const lemmas = wordNet().lemmas(token.norm);
  return lemmas.some((lemma) => lemma.pos === 'v' && lemma.word === token.norm) && lemmas.every((lemma) => lemma.pos === 'v' || lemma.pos === 'n');
}

/** "Invest in compute.", "Back efficiency.", "Convene the leaders.": a verb of action first (not "Back in 2019, ..."). */
function imperative(tokens: readonly Token[], measured: boolean): boolean {
  const [verb, next] = tokens;
  // A capitalised word after a verb-only one makes them a name ("Harry Potter"), not a command;
  // a speech's "Listen to Jefferson in 1793: ..." leads to a dated quotation, a fact to check.
  if (!verb || !next || !(IMPERATIVES.has(verb.norm) || (onlyVerb(verb) && !next.capitalized && !measured) || verbBeforeDeterminer(verb, next)) || COPULAS.has(next.norm)) return false;
  if (verb.norm === 'let') return next.norm === 'us' || next.norm === 's';
  // "Back in 2019, ...": a preposition before a figure or date opens a time phrase, no command.
  return !(next.stop && !DETERMINERS.has(next.norm) && (tokens[2]?.numeric ?? false));
}

/**
 * Whether punctuation follows the word ("Build: DeepSeek's R1 …", a table row's "| Build |
 * DeepSeek's R1 … |"): a command's verb runs on into its object, so a word set apart labels what
 * follows and opens no command.
 */
function setApartFromNext(text: string, base: number, tokens: readonly Token[], word: Token | undefined): boolean {
  const next = word && tokens[tokens.indexOf(word) + 1];
  return word !== undefined && next !== undefined && /\S/.test(text.slice(word.end - base, next.start - base));
}

const CHECKED_WHEN_STATED: ReadonlySet<string> = new Set(data.checkedWhenStated);

/**
 * An opinion only because no source was expected to state it ("Farm exports are setting a
 * record each year."): if a compared passage does, the sentence is a claim and is judged.
 */
export function checkedWhenStated(kind: Classification): boolean {
  return kind.kind === 'opinion' && kind.reason !== undefined && CHECKED_WHEN_STATED.has(kind.reason.cue);
}

function opinion(cue: AnalysisCue, words: string[]): Classification {
  return { kind: 'opinion', contentFrom: 0, reason: { cue, words } };
}

/**
 * Whether the sentence's closing question is a quotation the writer reports ("Johnson said a
 * nation could ask: "What can you do for our nation?""): its speaker's question, not the
 * writer's. The sentence must hold words of its own before the quotation.
 */
function quotedQuestion(text: string, tokens: readonly Token[], base: number, quoted: readonly { start: number; end: number }[]): boolean {
  const mark = base + text.lastIndexOf('?');
  const quote = quoted.find((q) => mark >= q.start && mark < q.end);
  return quote !== undefined && tokens.some((t) => t.end <= quote.start);
}

const INTERROGATIVE_COMPLEMENTIZERS: ReadonlySet<string> = new Set(data.interrogativeComplementizers);

/**
 * The verb and complementizer of an indirect question the sentence's own words describe ("wants
 * to establish whether ..."), in the present, with no figure before it; undefined when there is
 * none. A subject goes first: "Whether they prove temporary ..." opens with its question, which
 * other cues read.
 */
function indirectQuestion(tokens: readonly Token[]): string[] | undefined {
  const at = tokens.findIndex((t) => INTERROGATIVE_COMPLEMENTIZERS.has(t.norm));
  if (at < 2 || tokens.slice(0, at).some((t) => t.numeric || isNumberWord(t.norm) || pastForm(t.norm))) return undefined;
  // The verb right before it: after a noun it is concessive ("combating terrorists, whether they strike at home or abroad").
  // Nor across a comma: "You know, whether we like it or not, ...".
  const verb = tokens[at - 1];
  const complementizer = tokens[at];
  if (!verb || !complementizer || complementizer.start - verb.end > 1 || verb.capitalized || !wordNet().lemmas(verb.norm).some((l) => l.pos === 'v')) return undefined;
  return [verb.raw, complementizer.raw];
}

const PAST_AUXILIARIES: ReadonlySet<string> = new Set(data.pastAuxiliaries);

/** A verb's past form or participle ("directed", "asked", "sought", "was"): a form WordNet leads back to another verb's lemma, not by "-s" or "-ing". */
function pastForm(word: string): boolean {
  if (PAST_AUXILIARIES.has(word)) return true;
  if (word.endsWith('s') || word.endsWith('ing')) return false;
  const verbs = wordNet().lemmas(word).filter((l) => l.pos === 'v');
  // "directed" is an adjective too; "found" is a verb of its own as well as "find"'s past.
  return verbs.some((l) => l.word !== word) && (word.endsWith('ed') || !verbs.some((l) => l.word === word));
}

/** `text` starts at offset `base` of the text the tokens' offsets count in. */
export function classify(text: string, tokens: readonly Token[], facts: boolean | ClaimFacts, base = 0): Classification {
  const { specific, cited, quoted = [], measured = false, reported = false, framedBySentence = false } = typeof facts === 'boolean' ? { specific: facts, cited: false } : facts;
  const trimmed = text.trim();
  if (QUESTION.test(trimmed) && !quotedQuestion(text, tokens, base, quoted)) return opinion('question', ['?']);
  const self = aboutTheBriefWords(trimmed);
  if (self) return opinion('about-the-brief', [self]);
  if (LEAD_IN.test(trimmed) && !cited) return opinion('lead-in', [':']);
  const inferred = cited ? undefined : INTERPRETATION_PATTERNS.map((pattern) => pattern.exec(trimmed)).find((match) => match !== null);
  if (inferred) return opinion('interpretation', [inferred[0]]);
  // A participle's frame counts only where the sentence split it off after a comma (read.ts).
  const frame = reportingFrameLength(tokens, text, base) || (framedBySentence ? participleFrameLength(tokens) : 0);
  const body = tokens.slice(frame);
  const framed = frame > 0 || reported;
  if (!framed) {
    const own = outsideQuotes(text, body, quoted, base);
    const reason = stance(own.text.trim(), own.tokens, measured, setApartFromNext(text, base, tokens, own.tokens[0]));
    if (reason) return { kind: 'opinion', contentFrom: 0, reason };
    const stated = (k: number): boolean => {
      const t = body[k];
      return t !== undefined && (t.numeric || isNumberWord(t.norm) || quoted.some((q) => t.start < q.end && q.start < t.end));
    };
    const appraised = appraisal(body, stated);
    if (appraised) return opinion('appraisal', appraised);
    const asked = cited ? undefined : indirectQuestion(own.tokens);
    if (asked) return opinion('indirect-question', asked);
  }
  const content = body.filter((t) => !t.stop);
  if (content.length < 2 && !specific) return { ...opinion('no-checkable-fact', []), contentFrom: frame };
  // A generic statement (a bare noun for subject: "Energy is the binding constraint.",
  // "Efficiency lowers the entry price.") without a figure, date, name or quotation, citing
  // nothing, is the writer's generalisation: no source is expected to state it. "The initiative
  // includes ..." speaks of a particular thing, and stays a claim.
  if (typeof facts !== 'boolean' && !specific && !cited && !framed && !framedBySentence && !DETERMINERS.has(body[0]?.norm ?? '')) {
    return opinion('generic-statement', []);
  }
  return { kind: 'claim', contentFrom: frame };
}
