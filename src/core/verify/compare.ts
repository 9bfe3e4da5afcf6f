// Aligns one claim with one passage: how much of the claim the passage covers, and which
// figures, dates, names or polarity disagree. Plain, deterministic scoring; no model.
import type { Analysis, Entity } from '../claims/analyze';
import { canonicalPlace, synonymsOf } from '../claims/lexicon';
import { passageAnalysis } from '../claims/passageAnalysis';
import { sameCurrency, sameMeasure, sameQuantity, sameUnit, type Quantity } from '../claims/quantities';
import type { Corpus } from '../corpus/corpus';
import { MAX_PASSAGE_CHARS } from '../text/sentences';
import type { Token } from '../text/tokens';
import type { Stance } from '../types';
import { piece, type Conflict } from './conflict';
import { coreStems, entityFound, mentionsInSource, nearestToAnchors, onlyTitles } from './names';
import { polarityConflict } from './polarity';
import { PREFIX_KEY, view, type PassageView } from './passageView';
import { nameOfSource, originOfAnotherSource, yearOfSource } from './sourceFacts';

export type { Conflict, TextPiece } from './conflict';

/** Share of a claim's weighted content a passage must cover to support it. */
export const SUPPORT_COVERAGE = 0.62;
/** A claim whose figures the passage states needs less of its wording covered. */
export const SUPPORT_COVERAGE_WITH_FIGURE = 0.5;
/** Share the passage itself (not its context) must cover, for any stance. */
export const OWN_COVERAGE = 0.45;
/** How many words a rival name may stand from the nearest word the claim shares. */
const MAX_RIVAL_DISTANCE = 4;
/** Words, names and figures a contradicting passage must share with the claim. */
const MIN_SHARED_FOR_CONTRADICTION = 3;
/** Mentions that make a name a subject of its source. */
const SUBJECT_MENTIONS = 3;
/** Words found only in neighbouring passages, or only as a prefix, count for less. */
const CONTEXT_WEIGHT = 0.6;
const PREFIX_WEIGHT = 0.5;
const SYNONYM_WEIGHT = 0.8;
/** Share a passage must cover, apart from the disagreeing value, to contradict it. */
export const CONTRADICT_COVERAGE = 0.6;

export interface Comparison {
  passageId: number;
  stance: Stance;
  /** Weighted share of the claim's content words found in the passage and its context. */
  coverage: number;
  /** The same share, counting the passage alone. */
  ownCoverage: number;
  /** Claim figures the passage (or its context) states too. */
  factsMatched: number;
  conflicts: Conflict[];
  /** Offsets into the source of the evidence: the passage, plus an adjacent sentence that states the rest. */
  evidenceStart: number;
  evidenceEnd: number;
  /** Claim figures or names the passage neither states nor contradicts. */
  missing: number;
}

export interface ClaimFacts {
  analysis: Analysis;
  /** First token index of the checked content (after a reporting frame). */
  contentFrom: number;
}

function prefixMatch(item: ContentWord, v: PassageView): boolean {
  // Two stems of five or more letters, one a prefix of the other, share their first five letters.
  const prefix = item.prefix;
  if (prefix === undefined) return false;
  const stem = item.t.stem;
  for (const s of v.longStems) {
    if (s.startsWith(prefix) && (s.startsWith(stem) || stem.startsWith(s))) return true;
  }
  return false;
}

/** A bare number this large beside an amount in the claim's currency is an amount too. */
const BARE_AMOUNT = 1_000_000;
/** Counts this large rarely meet by chance: "more than 60 countries" bears out "over 60 nations". */
const DISTINCTIVE_COUNT = 10;

function quantityIn(q: Quantity, a: Analysis): boolean {
  return a.quantities.some(
    (p) =>
      (sameQuantity(q, p) && (sameUnit(q, p) || p.unit.length === 0 || q.unit.length === 0 || (q.kind === 'count' && q.value >= DISTINCTIVE_COUNT))) ||
      // "Of the €109 billion, 50 billion will come from MGX": the currency is said once.
      (q.kind === 'money' && p.kind === 'count' && p.value === q.value && q.value >= BARE_AMOUNT && a.quantities.some((m) => m.kind === 'money' && sameCurrency(q, m))),
  );
}

function quantityInAny(q: Quantity, analyses: readonly Analysis[]): boolean {
  return analyses.some((a) => quantityIn(q, a));
}

interface ContentWord {
  t: Token;
  i: number;
  /** weight(t.stem), looked up once per claim. */
  w: number;
  /** Index of the stem among the claim's distinct content stems. */
  k: number;
  /** The stem's first PREFIX_KEY letters, when it has that many. */
  prefix: string | undefined;
  /** Stems of words that say the same ("nation" for "country"). */
  synonyms: ReadonlySet<string> | undefined;
}

/** What compare reads of a claim whatever the passage: worked out once per claim, not once per candidate. */
interface PreparedClaim {
  corpus: Corpus;
  contentFrom: number;
  claimStems: Set<string>;
  /** The content words coverage is measured over (no stopwords, figures or negation cues). */
  content: ContentWord[];
  /** Distinct stems among them. */
  distinct: number;
  /** Clause index per token (weakClause), and the number of the last clause. */
  clauseOf: number[];
  clauses: number;
}

const prepared = new WeakMap<Analysis, PreparedClaim>();

function prepare(corpus: Corpus, claim: ClaimFacts): PreparedClaim {
  const c = claim.analysis;
  const hit = prepared.get(c);
  if (hit && hit.corpus === corpus && hit.contentFrom === claim.contentFrom) return hit;
  const cues = new Set(c.cues);
  const content: ContentWord[] = [];
  const stems = new Map<string, { k: number; w: number }>();
  c.tokens.forEach((t, i) => {
    if (i < claim.contentFrom || t.stop || t.numeric || c.quantityTokens.has(i) || cues.has(i) || (t.norm === 'non' && c.tokens[i + 1]?.hyphenAfterPrevious)) return;
    let stem = stems.get(t.stem);
    if (!stem) stems.set(t.stem, (stem = { k: stems.size, w: weight(corpus, t.stem) }));
    content.push({ t, i, w: stem.w, k: stem.k, prefix: t.stem.length >= PREFIX_KEY ? t.stem.slice(0, PREFIX_KEY) : undefined, synonyms: synonymsOf(t.stem) });
  });
  const { clauseOf, clauses } = clausesOf(c, claim.contentFrom);
  const p: PreparedClaim = { corpus, contentFrom: claim.contentFrom, claimStems: new Set(c.tokens.map((t) => t.stem)), content, distinct: stems.size, clauseOf, clauses };
  prepared.set(c, p);
  return p;
}

export function compare(corpus: Corpus, claim: ClaimFacts, passageId: number): Comparison {
  const v = view(corpus, passageId);
  const c = claim.analysis;
  const prep = prepare(corpus, claim);
  const p = v.analysis;
  const conflicts: Conflict[] = [];
  const excluded = new Set<number>();
  let missing = 0;
  let factsMatched = 0;
  let factsOwn = 0;
  const key = corpus.passageKey(passageId);

  // Claim tokens of names the passage writes out: where a rival figure should stand near.
  let named: Set<number> | undefined;
  const namedInPassage = (): Set<number> => {
    if (!named) {
      named = new Set();
      for (const e of c.entities) if (e.stems.every((st) => v.stems.has(st))) for (let i = e.firstToken; i <= e.lastToken; i++) named.add(i);
    }
    return named;
  };

  // Figures and dates.
  for (const q of c.quantities) {
    if (q.firstToken < claim.contentFrom) continue;
    if (quantityIn(q, p)) {
      factsMatched++;
      factsOwn++;
      continue;
    }
    const isDate = q.kind === 'year' || q.kind === 'date';
    const rivals = p.quantities.filter((r) => sameMeasure(q, r));
    // A figure of the sentences before counts, unless the passage itself states another.
    if (rivals.length === 0 && quantityInAny(q, v.before)) {
      factsMatched++;
      continue;
    }
    // A year the passage does not state: the year the source is from ("one year before February
    // 2026" in a brief on a post of that month) is a weaker match; so is a year the source
    // mentions elsewhere, unless the passage states another ("in 1994" against "in 1993").
    const ofSource = isDate ? yearOfSource(corpus, key, q) : undefined;
    if (ofSource === 'dated' || (ofSource === 'mentioned' && rivals.length === 0)) continue;
    if (rivals.length > 0) {
      // "murders down 25 percent; in Seattle, 32 percent": the rival beside what the claim names.
      const r = rivals.length === 1 ? rivals[0] : nearestToAnchors(rivals, c, p, q, namedInPassage()).nearest;
      conflicts.push({ kind: isDate ? 'date' : 'figure', claimed: piece(c, q.start, q.end), source: piece(p, r.start, r.end), replaceable: true });
      for (let i = q.firstToken; i <= q.lastToken; i++) excluded.add(i);
    } else {
      missing++;
    }
  }

  // Names.
  const claimStems = prep.claimStems;
  const unmatchedClaim: Entity[] = [];
  const matchedEntityTokens = new Set<number>();
  const contextEntityTokens = new Set<number>();
  const claimPlaces = c.entities.filter((e) => e.place && e.firstToken >= claim.contentFrom && !e.negatedPrefix).length;
  for (const e of c.entities) {
    // "the President", "Chief Justice": a role, compared as words, not as a name.
    if (e.firstToken < claim.contentFrom || e.negatedPrefix || onlyTitles(e)) continue;
    const found = entityFound(corpus, e, v, key) ?? (nameOfSource(corpus, key, coreStems(e)) ? 'context' : undefined);
    // The claim's one country named only in the context, while the passage itself names another:
    // the passage is about that other country ("... the US's approach ... Taking the opposite
    // approach, China has ..."), so it neither bears out nor contradicts the claim. (With more
    // countries in the claim, the passage's may stand for one of them: the swap test below.)
    if (found === 'context' && e.place && claimPlaces === 1 && p.entities.some((o) => o.place && o.place !== e.place && !o.stems.some((s) => claimStems.has(s)))) {
      missing++;
      continue;
    }
    if (found) {
      for (let i = e.firstToken; i <= e.lastToken; i++) (found === 'own' ? matchedEntityTokens : contextEntityTokens).add(i);
    } else unmatchedClaim.push(e);
  }
  // Whom the brief quotes ("Reuters reported that ...") is the origin of another source of the
  // corpus: this passage, of a source by someone else, is not where the report comes from.
  for (const e of c.entities) {
    if (e.firstToken >= claim.contentFrom || e.place || !originOfAnotherSource(corpus, key, coreStems(e))) continue;
    if (!entityFound(corpus, e, v, key) && mentionsInSource(corpus, key, e) < SUBJECT_MENTIONS) missing++;
  }
  // Two or more names the passage lacks: it is about something else, not a substitution.
  if (unmatchedClaim.length > 1) missing += unmatchedClaim.length;
  for (const e of unmatchedClaim.length === 1 ? unmatchedClaim : []) {
    // A passage name is taken when it shares a word with the claim, or is the only way a claim
    // name is found there (another form of its place, its initials); "Iraq" beside "Iraqi
    // defectors" stays free to be the rival of a swapped "China".
    const unmatchedPassage = p.entities.filter(
      (o) => !coreStems(o).some((s) => claimStems.has(s)) && !c.entities.some((ce) => ((ce.place && ce.place === o.place) || (o.initials.length >= 2 && o.initials === ce.initials)) && !ce.stems.every((s) => v.stems.has(s))),
    );
    const open = unmatchedPassage.filter((o) => !conflicts.some((k) => k.source.start === o.start));
    // A name of the same kind (a known country for a known country) first; the gazetteer is
    // small, so another unshared name of the passage is the fallback, when it is unambiguous
    // (one such name) and the claim's name is no known country ("Congress" is no rival of "Iran").
    const typed = open.filter((o) => !!o.place === !!e.place);
    const sameType = typed.length > 0 ? typed : open.length === 1 && !e.place ? open : [];
    if (sameType.length === 0) {
      // No rival, but a name the source keeps coming back to ("Congress" in an address to it):
      // its subject, not a fact this sentence had to repeat.
      // Not a country the passage sets beside another ("the Islamic Republic of Iran" for a swapped "Russia").
      const otherPlace = !!e.place && p.tokens.some((t) => t.capitalized && (canonicalPlace(t.norm) ?? e.place) !== e.place);
      if (!otherPlace && mentionsInSource(corpus, key, e) >= SUBJECT_MENTIONS) for (let i = e.firstToken; i <= e.lastToken; i++) contextEntityTokens.add(i);
      else missing++;
      continue;
    }
    const { nearest: best, distance } = nearestToAnchors(sameType, c, p, e, matchedEntityTokens);
    // A substitute stands next to what the two share ("Oxford and UCL" / "Oxford and Edinburgh");
    // a name far from every shared word is about something else.
    if (distance > MAX_RIVAL_DISTANCE) {
      missing++;
      continue;
    }
    conflicts.push({ kind: 'name', claimed: piece(c, e.start, e.end), source: piece(p, best.start, best.end), replaceable: true });
    for (let i = e.firstToken; i <= e.lastToken; i++) excluded.add(i);
  }

  // Coverage of the claim's content words.
  const content = prep.content;
  // The first credit of each distinct stem (by its index k); a stem is seen once it has one.
  const creditOfStem = new Array<Credit | undefined>(prep.distinct);
  let seen = 0;
  let total = 0;
  let own = 0;
  let context = 0;
  const unmatchedContent: ContentWord[] = [];
  const credits: Credit[] = [];
  for (const item of content) {
    if (creditOfStem[item.k] || excluded.has(item.i)) continue;
    seen++;
    const w = item.w;
    total += w;
    let credit = 0;
    if (v.stems.has(item.t.stem) || matchedEntityTokens.has(item.i)) {
      own += w;
      credit = w;
    } else if (item.synonyms && [...item.synonyms].some((s) => v.stems.has(s))) {
      // The passage says it in another word: nearly as good as the word itself.
      credit = SYNONYM_WEIGHT * w;
      own += credit;
    } else {
      unmatchedContent.push(item);
      if (v.windowStems.has(item.t.stem) || contextEntityTokens.has(item.i)) credit = CONTEXT_WEIGHT * w;
      else if (prefixMatch(item, v)) credit = PREFIX_WEIGHT * w;
      context += credit;
    }
    const x = { i: item.i, w, credit };
    credits.push(x);
    creditOfStem[item.k] = x;
  }
  // Repeated words count in each clause they stand in.
  for (const item of content) {
    const twin = creditOfStem[item.k];
    if (!twin || twin.i === item.i || excluded.has(item.i)) continue;
    credits.push({ i: item.i, w: twin.w, credit: twin.credit });
  }
  // Every clause of the claim must be borne out, not just most of its words: in "Oxford leads X
  // while UCL leads Y" a passage about Oxford and X alone does not support the sentence.
  if (weakClause(prep, credits)) missing++;

  // Polarity: a shared word negated on one side only, or a word replaced by its opposite.
  const polarity = polarityConflict(c, p, claim.contentFrom, unmatchedContent, claimStems);
  if (polarity) {
    conflicts.push(polarity.conflict);
    if (polarity.antonymStem) total -= weight(corpus, polarity.antonymStem);
  }
  // A disagreeing value still shows the passage speaks of the same slot: count it as covered
  // (with the average weight of a word) when judging how much of the claim the passage addresses.
  // Figures count like words: one average word each, stated here, in the context, or not at all.
  const average = seen > 0 ? total / seen : 1;
  const slot = conflicts.length * average;
  const ownFacts = factsOwn * average;
  const contextFacts = (factsMatched - factsOwn) * CONTEXT_WEIGHT * average;
  const all = total + slot + factsMatched * average;
  const coverage = all > 0 ? Math.min(1, (own + context + slot + ownFacts + contextFacts) / all) : 0;
  const ownCoverage = all > 0 ? (own + slot + ownFacts) / all : 0;

  // A contradiction needs one disagreeing value in an otherwise shared statement.
  const shared = seen - unmatchedContent.length + factsMatched + contextShared(unmatchedContent, v);
  let stance: Stance = 'related';
  if (ownCoverage >= OWN_COVERAGE) {
    if (conflicts.length > 0) {
      if (conflicts.length === 1 && shared >= MIN_SHARED_FOR_CONTRADICTION && coverage >= CONTRADICT_COVERAGE && missing === 0) stance = 'contradicts';
    } else if (missing === 0 && coverage >= (factsMatched > 0 ? SUPPORT_COVERAGE_WITH_FIGURE : SUPPORT_COVERAGE)) {
      stance = 'supports';
    }
  }
  // Only support is widened: a contradiction's evidence is the sentence that states the other value.
  const [evidenceStart, evidenceEnd] = stance === 'supports' ? evidenceSpan(corpus, passageId, unmatchedContent) : [p.base, p.base + p.text.length];
  return { passageId, stance, coverage, ownCoverage, factsMatched, conflicts: stance === 'contradicts' ? conflicts : [], missing, evidenceStart, evidenceEnd };
}

/** Widens the evidence to an adjacent sentence of the same source that states words the passage lacks. */
function evidenceSpan(corpus: Corpus, passageId: number, unmatched: ReadonlyArray<{ t: Token }>): [number, number] {
  const p = passageAnalysis(corpus, passageId);
  let start = p.base;
  let end = p.base + p.text.length;
  if (unmatched.length === 0) return [start, end];
  const wanted = new Set(unmatched.map(({ t }) => t.stem));
  for (const id of corpus.neighbours(passageId, 1, 1)) {
    const n = passageAnalysis(corpus, id);
    const nEnd = n.base + n.text.length;
    if (Math.max(end, nEnd) - Math.min(start, n.base) > MAX_PASSAGE_CHARS) continue;
    if (n.tokens.some((t) => wanted.has(t.stem))) {
      start = Math.min(start, n.base);
      end = Math.max(end, nEnd);
    }
  }
  return [start, end];
}

const CLAUSE_BREAKS = new Set(['while', 'whereas', 'but', 'although', 'though', 'yet']);
/** A clause with this share of its words or less covered is not supported. */
const WEAK_CLAUSE = 0.5;

interface Credit {
  i: number;
  w: number;
  credit: number;
}

/** Clause index of each token from `from` on; a new clause starts at a break word or after a semicolon. */
function clausesOf(c: Analysis, from: number): { clauseOf: number[]; clauses: number } {
  const clauseOf = new Array<number>(c.tokens.length).fill(0);
  let clause = 0;
  for (let i = from; i < c.tokens.length; i++) {
    const gap = i > 0 ? c.text.slice(c.tokens[i - 1].end - c.base, c.tokens[i].start - c.base) : '';
    if (CLAUSE_BREAKS.has(c.tokens[i].norm) || gap.includes(';')) clause++;
    clauseOf[i] = clause;
  }
  return { clauseOf, clauses: clause };
}

function weakClause(prep: PreparedClaim, credits: readonly Credit[]): boolean {
  const { clauseOf, clauses } = prep;
  if (clauses === 0) return false;
  // Per clause, summed in credit order (as a filter and reduce per clause would).
  const count = new Array<number>(clauses + 1).fill(0);
  const w = new Array<number>(clauses + 1).fill(0);
  const got = new Array<number>(clauses + 1).fill(0);
  for (const x of credits) {
    const k = clauseOf[x.i];
    count[k]++;
    w[k] += x.w;
    got[k] += x.credit;
  }
  for (let k = 0; k <= clauses; k++) {
    if (count[k] < 2) continue;
    if (w[k] > 0 && got[k] / w[k] < WEAK_CLAUSE) return true;
  }
  return false;
}

function contextShared(unmatched: ReadonlyArray<{ t: Token }>, v: PassageView): number {
  return unmatched.filter(({ t }) => v.windowStems.has(t.stem)).length;
}

function weight(corpus: Corpus, stem: string): number {
  // Unseen words weigh as much as the rarest seen word: an absent word is evidence against support,
  // but no single word should outweigh the rest of the sentence.
  const df = corpus.retriever.documentFrequency(stem);
  return corpus.retriever.idf(stem) / (df === 0 ? 1.25 : 1);
}
