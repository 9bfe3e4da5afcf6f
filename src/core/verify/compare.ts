// Aligns one claim with one passage: how much of the claim the passage covers, and which
// figures, dates, names or polarity disagree. Plain, deterministic scoring; no model.
import type { Analysis, Entity } from '../claims/analyze';
import { areAntonyms, hasAntonyms } from '../claims/lexicon';
import { comparableKinds, sameQuantity, sameUnit, type Quantity } from '../claims/quantities';
import type { Corpus } from '../corpus/corpus';
import { MAX_PASSAGE_CHARS } from '../text/sentences';
import type { Token } from '../text/tokens';
import type { CorrectionKind, Stance } from '../types';

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
/** Words found only in neighbouring passages, or only as a prefix, count for less. */
const CONTEXT_WEIGHT = 0.6;
const PREFIX_WEIGHT = 0.5;
/** Share a passage must cover, apart from the disagreeing value, to contradict it. */
export const CONTRADICT_COVERAGE = 0.6;
/** Neighbouring passages read as context (names and subjects are often a sentence away). */
const CONTEXT_BEFORE = 2;
const CONTEXT_AFTER = 1;

export interface TextPiece {
  text: string;
  start: number;
  end: number;
}

export interface Conflict {
  kind: CorrectionKind;
  claimed: TextPiece;
  source: TextPiece;
  /** Replacing the claimed text with the source text yields a correct sentence. */
  replaceable: boolean;
}

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

interface PassageView {
  analysis: Analysis;
  /** Passages before this one and the source's title: where names and figures are introduced. */
  before: Analysis[];
  /** All context, before and after. */
  window: Analysis[];
  stems: Set<string>;
  windowStems: Set<string>;
  beforeStems: Set<string>;
}

/** Views are reused across claims and checks: building their word sets is most of a comparison. */
const VIEW_CACHE_LIMIT = 4_000;
const viewCaches = new WeakMap<Corpus, Map<number, PassageView>>();

function view(corpus: Corpus, passageId: number): PassageView {
  let cache = viewCaches.get(corpus);
  if (!cache) viewCaches.set(corpus, (cache = new Map()));
  let v = cache.get(passageId);
  if (!v) {
    if (cache.size >= VIEW_CACHE_LIMIT) {
      // Drop the oldest tenth (Map keeps insertion order).
      let drop = VIEW_CACHE_LIMIT / 10;
      for (const key of cache.keys()) {
        cache.delete(key);
        if (--drop <= 0) break;
      }
    }
    v = buildView(corpus, passageId);
    cache.set(passageId, v);
  }
  return v;
}

function buildView(corpus: Corpus, passageId: number): PassageView {
  const analysis = corpus.analysis(passageId);
  const title = corpus.titlePassage(passageId);
  const beforeIds = corpus.neighbours(passageId, CONTEXT_BEFORE, 0);
  if (title !== passageId && !beforeIds.includes(title)) beforeIds.unshift(title);
  const before = beforeIds.map((id) => corpus.analysis(id));
  const after = corpus.neighbours(passageId, 0, CONTEXT_AFTER).map((id) => corpus.analysis(id));
  const stems = new Set(analysis.tokens.map((t) => t.stem));
  const beforeStems = new Set(stems);
  for (const a of before) for (const t of a.tokens) beforeStems.add(t.stem);
  const windowStems = new Set(beforeStems);
  for (const a of after) for (const t of a.tokens) windowStems.add(t.stem);
  return { analysis, before, window: [...before, ...after], stems, windowStems, beforeStems };
}

function piece(a: Analysis, start: number, end: number): TextPiece {
  return { text: a.text.slice(start - a.base, end - a.base), start, end };
}

function prefixMatch(stem: string, stems: Set<string>): boolean {
  if (stem.length < 5) return false;
  for (const s of stems) {
    if (s.length >= 5 && (s.startsWith(stem) || stem.startsWith(s))) return true;
  }
  return false;
}

/** Where a claim's name is found: in the passage itself, in its context, or nowhere. */
type Found = 'own' | 'context' | undefined;

function entityFound(corpus: Corpus, e: Entity, v: PassageView): Found {
  if (entityIn(corpus, e, v.stems, [v.analysis])) return 'own';
  if (entityIn(corpus, e, v.beforeStems, v.before)) return 'context';
  return undefined;
}

function entityIn(corpus: Corpus, e: Entity, stems: Set<string>, analyses: readonly Analysis[]): boolean {
  // Every word of a short name must be there ("Bill Clinton" is not "Bill Gates").
  const hits = e.stems.filter((s) => stems.has(s)).length;
  if (hits > 0 && hits >= Math.ceil(e.stems.length * (e.stems.length > 3 ? 0.75 : 1))) return true;
  const others = analyses.flatMap((a) => a.entities);
  // "Kendall" for "Liz Kendall": a shorter form of the same name, sharing its last word.
  const head = e.stems[e.stems.length - 1];
  if (e.stems.length <= 3 && others.some((o) => !/^\p{Lu}+$/u.test(o.text) && o.stems.includes(head) && o.stems.every((s) => e.stems.includes(s)))) return true;
  const aliases = corpus.aliasesOf(e.text);
  for (const o of others) {
    if (e.place && o.place === e.place) return true;
    if (o.initials.length >= 2 && o.initials === e.initials && (e.stems.length === 1 || o.stems.length === 1)) return true;
    if (aliases?.has(o.text.toLowerCase())) return true;
  }
  return false;
}

function quantityIn(q: Quantity, analyses: readonly Analysis[]): boolean {
  return analyses.some((a) => a.quantities.some((p) => sameQuantity(q, p) && (sameUnit(q, p) || p.unit.length === 0 || q.unit.length === 0)));
}

/** The four-digit numbers of each source text, found once per corpus and source. */
const yearCaches = new WeakMap<Corpus, Map<string, Set<number>>>();

function yearInSource(corpus: Corpus, key: string, q: Quantity): boolean {
  let bySource = yearCaches.get(corpus);
  if (!bySource) yearCaches.set(corpus, (bySource = new Map()));
  let years = bySource.get(key);
  if (!years) {
    years = new Set((corpus.sourceText(key) ?? '').match(/(?<![0-9])[0-9]{4}(?![0-9])/g)?.map(Number) ?? []);
    bySource.set(key, years);
  }
  return years.has(q.kind === 'date' ? Math.floor(q.value / 10000) : q.value);
}

export function compare(corpus: Corpus, claim: ClaimFacts, passageId: number): Comparison {
  const v = view(corpus, passageId);
  const c = claim.analysis;
  const p = v.analysis;
  const conflicts: Conflict[] = [];
  const excluded = new Set<number>();
  let missing = 0;
  let factsMatched = 0;
  let factsOwn = 0;

  // Figures and dates.
  for (const q of c.quantities) {
    if (q.firstToken < claim.contentFrom) continue;
    if (quantityIn(q, [p])) {
      factsMatched++;
      factsOwn++;
      continue;
    }
    if (quantityIn(q, v.before)) {
      factsMatched++;
      continue;
    }
    const isDate = q.kind === 'year' || q.kind === 'date';
    if (isDate && yearInSource(corpus, corpus.passageKey(passageId), q)) continue; // e.g. the document's own date line, a weaker match
    const rivals = p.quantities.filter((r) => comparableKinds(q, r) && sameUnit(q, r) && !(q.kind === 'money' && q.currency && r.currency && q.currency !== r.currency));
    if (rivals.length > 0) {
      const r = rivals[0];
      conflicts.push({ kind: isDate ? 'date' : 'figure', claimed: piece(c, q.start, q.end), source: piece(p, r.start, r.end), replaceable: true });
      for (let i = q.firstToken; i <= q.lastToken; i++) excluded.add(i);
    } else {
      missing++;
    }
  }

  // Names.
  const claimStems = new Set(c.tokens.map((t) => t.stem));
  const unmatchedClaim: Entity[] = [];
  const matchedEntityTokens = new Set<number>();
  const contextEntityTokens = new Set<number>();
  for (const e of c.entities) {
    if (e.firstToken < claim.contentFrom || e.negatedPrefix) continue;
    const found = entityFound(corpus, e, v);
    if (found) {
      for (let i = e.firstToken; i <= e.lastToken; i++) (found === 'own' ? matchedEntityTokens : contextEntityTokens).add(i);
    } else unmatchedClaim.push(e);
  }
  const unmatchedPassage = p.entities.filter(
    (o) => !o.stems.some((s) => claimStems.has(s)) && !c.entities.some((e) => (e.place && e.place === o.place) || (o.initials.length >= 2 && o.initials === e.initials)),
  );
  // Two or more names the passage lacks: it is about something else, not a substitution.
  if (unmatchedClaim.length > 1) missing += unmatchedClaim.length;
  for (const e of unmatchedClaim.length === 1 ? unmatchedClaim : []) {
    // Prefer a name of the same kind (a known country for a known country); the gazetteer is
    // small, so another unshared name of the passage is the fallback.
    const open = unmatchedPassage.filter((o) => !conflicts.some((k) => k.source.start === o.start));
    const typed = open.filter((o) => !!o.place === !!e.place);
    // Untyped fallback only when it is unambiguous: one unshared name in the passage.
    const sameType = typed.length > 0 ? typed : open.length === 1 ? open : [];
    if (sameType.length === 0) {
      missing++;
      continue;
    }
    const { entity: best, distance } = nearestToAnchors(sameType, c, p, e, matchedEntityTokens);
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
  const content = c.tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t, i }) => i >= claim.contentFrom && !t.stop && !t.numeric && !c.quantityTokens.has(i) && !c.cues.includes(i) && !(t.norm === 'non' && c.tokens[i + 1]?.hyphenAfterPrevious));
  const seen = new Set<string>();
  let total = 0;
  let own = 0;
  let context = 0;
  const unmatchedContent: Array<{ t: Token; i: number }> = [];
  const credits: Array<{ i: number; w: number; credit: number }> = [];
  for (const item of content) {
    if (seen.has(item.t.stem) || excluded.has(item.i)) continue;
    seen.add(item.t.stem);
    const w = weight(corpus, item.t.stem);
    total += w;
    let credit = 0;
    if (v.stems.has(item.t.stem) || matchedEntityTokens.has(item.i)) {
      own += w;
      credit = w;
    } else {
      unmatchedContent.push(item);
      if (v.windowStems.has(item.t.stem) || contextEntityTokens.has(item.i)) credit = CONTEXT_WEIGHT * w;
      else if (prefixMatch(item.t.stem, v.stems)) credit = PREFIX_WEIGHT * w;
      context += credit;
    }
    credits.push({ i: item.i, w, credit });
  }
  // Repeated words count in each clause they stand in.
  for (const item of content) {
    if (credits.some((x) => x.i === item.i) || excluded.has(item.i)) continue;
    const twin = credits.find((x) => c.tokens[x.i].stem === item.t.stem);
    if (twin) credits.push({ i: item.i, w: twin.w, credit: twin.credit });
  }
  // Every clause of the claim must be borne out, not just most of its words: in "Oxford leads X
  // while UCL leads Y" a passage about Oxford and X alone does not support the sentence.
  if (weakClause(c, claim.contentFrom, credits)) missing++;

  // Polarity: a shared word negated on one side only, or a word replaced by its opposite.
  const polarity = polarityConflict(c, p, claim.contentFrom, unmatchedContent, claimStems);
  if (polarity) {
    conflicts.push(polarity.conflict);
    if (polarity.antonymStem) total -= weight(corpus, polarity.antonymStem);
  }
  // A disagreeing value still shows the passage speaks of the same slot: count it as covered
  // (with the average weight of a word) when judging how much of the claim the passage addresses.
  // Figures count like words: one average word each, stated here, in the context, or not at all.
  const average = seen.size > 0 ? total / seen.size : 1;
  const slot = conflicts.length * average;
  const ownFacts = factsOwn * average;
  const contextFacts = (factsMatched - factsOwn) * CONTEXT_WEIGHT * average;
  const all = total + slot + factsMatched * average;
  const coverage = all > 0 ? Math.min(1, (own + context + slot + ownFacts + contextFacts) / all) : 0;
  const ownCoverage = all > 0 ? (own + slot + ownFacts) / all : 0;

  // A contradiction needs one disagreeing value in an otherwise shared statement.
  const shared = seen.size - unmatchedContent.length + factsMatched + contextShared(unmatchedContent, v);
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
  const p = corpus.analysis(passageId);
  let start = p.base;
  let end = p.base + p.text.length;
  if (unmatched.length === 0) return [start, end];
  const wanted = new Set(unmatched.map(({ t }) => t.stem));
  for (const id of corpus.neighbours(passageId, 1, 1)) {
    const n = corpus.analysis(id);
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

function weakClause(c: Analysis, from: number, credits: ReadonlyArray<{ i: number; w: number; credit: number }>): boolean {
  const clauseOf = new Array<number>(c.tokens.length).fill(0);
  let clause = 0;
  for (let i = from; i < c.tokens.length; i++) {
    const gap = i > 0 ? c.text.slice(c.tokens[i - 1].end - c.base, c.tokens[i].start - c.base) : '';
    if (CLAUSE_BREAKS.has(c.tokens[i].norm) || gap.includes(';')) clause++;
    clauseOf[i] = clause;
  }
  if (clause === 0) return false;
  for (let k = 0; k <= clause; k++) {
    const inClause = credits.filter((x) => clauseOf[x.i] === k);
    if (inClause.length < 2) continue;
    const w = inClause.reduce((n, x) => n + x.w, 0);
    const got = inClause.reduce((n, x) => n + x.credit, 0);
    if (w > 0 && got / w < WEAK_CLAUSE) return true;
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

/**
 * The rival name nearest to what the claim and passage share (a shared name first, else any
 * shared word), and how far it stands from the nearest shared word at all.
 */
function nearestToAnchors(candidates: Entity[], c: Analysis, p: Analysis, e: Entity, matchedEntityTokens: Set<number>): { entity: Entity; distance: number } {
  const passageIndex = new Map<string, number[]>();
  p.tokens.forEach((t, i) => {
    if (t.stop) return;
    const list = passageIndex.get(t.stem) ?? [];
    list.push(i);
    passageIndex.set(t.stem, list);
  });
  const anchors: Array<{ claimOffset: number; passagePositions: number[] }> = [];
  c.tokens.forEach((t, i) => {
    if (t.stop || (i >= e.firstToken && i <= e.lastToken)) return;
    const positions = passageIndex.get(t.stem);
    if (positions) anchors.push({ claimOffset: i - e.firstToken, passagePositions: positions });
  });
  const gap = (cand: Entity, pos: number): number => (pos < cand.firstToken ? cand.firstToken - pos : pos > cand.lastToken ? pos - cand.lastToken : 0);
  const closest = (cand: Entity, from: typeof anchors): number => Math.min(Infinity, ...from.flatMap((a) => a.passagePositions.map((pos) => gap(cand, pos))));
  const entityAnchors = anchors.filter((a) => matchedEntityTokens.has(a.claimOffset + e.firstToken));
  const use = entityAnchors.length > 0 ? entityAnchors : anchors;
  let best = candidates[0];
  let bestDistance = Infinity;
  for (const cand of candidates) {
    const d = closest(cand, use);
    if (d < bestDistance) {
      bestDistance = d;
      best = cand;
    }
  }
  return { entity: best, distance: closest(best, anchors) };
}

function polarityConflict(
  c: Analysis,
  p: Analysis,
  contentFrom: number,
  unmatched: Array<{ t: Token; i: number }>,
  claimStems: Set<string>,
): { conflict: Conflict; antonymStem?: string } | undefined {
  // Shared words under negation on one side only. Counted per word, so "not exfiltrated" and
  // "without data exfiltration" (one word negated on both sides, one on one side) still agree.
  let claimOnly = 0;
  let passageOnly = 0;
  let both = 0;
  let claimNegated = -1;
  let passageNegated = -1;
  // The k-th occurrence of a word in the claim pairs with its k-th occurrence in the passage.
  const occurrences = new Map<string, number[]>();
  p.tokens.forEach((u, k) => {
    if (u.stop || p.cues.includes(k)) return;
    const list = occurrences.get(u.stem) ?? [];
    list.push(k);
    occurrences.set(u.stem, list);
  });
  const used = new Map<string, number>();
  for (let i = contentFrom; i < c.tokens.length; i++) {
    const t = c.tokens[i];
    if (t.stop || c.cues.includes(i)) continue;
    const list = occurrences.get(t.stem);
    if (!list) continue;
    const nth = used.get(t.stem) ?? 0;
    used.set(t.stem, nth + 1);
    const j = list[Math.min(nth, list.length - 1)];
    if (c.negated[i] && p.negated[j]) both++;
    else if (c.negated[i]) {
      claimOnly++;
      if (claimNegated < 0) claimNegated = i;
    } else if (p.negated[j]) {
      passageOnly++;
      if (passageNegated < 0) passageNegated = j;
    }
  }
  if (claimOnly + passageOnly > both && passageOnly >= claimOnly && passageNegated >= 0) {
    const j = passageNegated;
    const cue = governingCue(p, j)!;
    const cueTok = p.tokens[cue];
    const t = c.tokens.find((u) => u.stem === p.tokens[j].stem)!;
    const prefix = cue === j - 1 && p.tokens[j].hyphenAfterPrevious;
    return {
      conflict: prefix
        ? { kind: 'polarity', claimed: piece(c, t.start, t.end), source: piece(p, cueTok.start, p.tokens[j].end), replaceable: true }
        : { kind: 'polarity', claimed: piece(c, t.start, t.end), source: piece(p, cueTok.start, cueTok.end), replaceable: false },
    };
  }
  if (claimOnly + passageOnly > both && claimNegated >= 0) {
    const cueTok = c.tokens[governingCue(c, claimNegated)!];
    const shared = c.tokens[claimNegated];
    const j = p.tokens.findIndex((u) => u.stem === shared.stem);
    return { conflict: { kind: 'polarity', claimed: piece(c, cueTok.start, cueTok.end), source: piece(p, p.tokens[j].start, p.tokens[j].end), replaceable: false } };
  }
  // A claim word whose opposite stands in the passage.
  for (const { t } of unmatched) {
    if (!hasAntonyms(t.norm)) continue;
    const rival = p.tokens.find((u) => !claimStems.has(u.stem) && areAntonyms(t.norm, u.norm));
    if (rival) {
      return { conflict: { kind: 'polarity', claimed: piece(c, t.start, t.end), source: piece(p, rival.start, rival.end), replaceable: true }, antonymStem: t.stem };
    }
  }
  return undefined;
}

/** The nearest negation cue before token `i` whose scope reaches it. */
function governingCue(a: Analysis, i: number): number | undefined {
  let best: number | undefined;
  for (const cue of a.cues) if (cue < i) best = cue;
  return best;
}
