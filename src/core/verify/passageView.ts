// A passage with its context, as the comparison reads it: its own words, the sentences before
// it and the source's title (where names and figures are introduced), and the one after.
import type { Analysis, Entity } from '../claims/analyze';
import { passageAnalysis, passageStems } from '../claims/passageAnalysis';
import { cachePerOwner } from '../boundedCache';
import type { Corpus } from '../corpus/corpus';

/** Neighbouring passages read as context (names and subjects are often a sentence away). */
const CONTEXT_BEFORE = 2;
const CONTEXT_AFTER = 1;

/** Whether a stem is among a passage's words (a Set, or the union of a passage's and its neighbours'). */
export interface StemLookup {
  has(stem: string): boolean;
}

export interface PassageView {
  analysis: Analysis;
  /** Passages before this one and the source's title: where names and figures are introduced. */
  before: Analysis[];
  /** The names of `before`, in order. */
  beforeEntities: Entity[];
  /** The passage after this one (a sentence may join two of the source's). */
  after: Analysis[];
  /** The names of the passage after this one (a description is often named a sentence later: "a true American hero ... Godspeed, John Glenn."). */
  afterEntities: Entity[];
  stems: ReadonlySet<string>;
  windowStems: StemLookup;
  beforeStems: StemLookup;
  /**
   * Stems of the source's title heading when the passage opens with a personal pronoun ("She
   * married ...", under "# Mary, Queen of Scots"): the subject the pronoun refers to.
   */
  subjectStems: ReadonlySet<string>;
  /** The passage's stems of PREFIX_KEY letters or more (what a prefix match can find). */
  longStems: readonly string[];
  /** Whether a passage after this one may state a figure written in digits (its text has one): asked before analysing it. */
  digitsAfter(): boolean;
}

/** A sentence whose subject is a personal pronoun. */
const PRONOUN_SUBJECT = /^\W{0,3}(?:He|She|It|They|His|Her|Its|Their)\b/;

/** Shortest stem a prefix match counts for. */
export const PREFIX_KEY = 5;

/** Views are reused across claims and checks. */
const VIEW_CACHE_LIMIT = 4_000;
const viewCache = cachePerOwner<number, PassageView>(VIEW_CACHE_LIMIT);

export function view(corpus: Corpus, passageId: number): PassageView {
  return viewCache(corpus).get(passageId, () => buildView(corpus, passageId));
}

/** A passage's stems of PREFIX_KEY letters or more, kept with its stem set (read by each of its views). */
const longStemsOfSet = new WeakMap<ReadonlySet<string>, string[]>();

function longStemsOf(stems: ReadonlySet<string>): string[] {
  let found = longStemsOfSet.get(stems);
  if (!found) longStemsOfSet.set(stems, (found = [...stems].filter((s) => s.length >= PREFIX_KEY)));
  return found;
}

/**
 * A few passages' stem sets, asked in turn: a view is asked about a handful of unmatched words,
 * so building their union (sixty-odd strings per view) cost more than the lookups it saved.
 * The sets are fetched when first asked (a view is made for many comparisons that never ask).
 */
class StemUnion implements StemLookup {
  private parts: readonly ReadonlySet<string>[] | undefined;

  constructor(private readonly sets: () => readonly ReadonlySet<string>[]) {}

  has(stem: string): boolean {
    this.parts ??= this.sets();
    for (const set of this.parts) if (set.has(stem)) return true;
    return false;
  }
}

/**
 * A passage's view. The neighbours are read only when a check asks: most comparisons need no more
 * than their words (`passageStems`, no analysis), and over half the passages a long brief reads
 * are only ever someone's neighbour.
 */
class LazyView implements PassageView {
  readonly analysis: Analysis;
  readonly stems: ReadonlySet<string>;
  readonly longStems: readonly string[];
  readonly subjectStems: ReadonlySet<string>;
  readonly windowStems: StemLookup;
  readonly beforeStems: StemLookup;
  private beforeAnalyses: Analysis[] | undefined;
  private afterAnalyses: Analysis[] | undefined;
  private beforeNames: Entity[] | undefined;
  private afterNames: Entity[] | undefined;
  private afterDigits: boolean | undefined;

  constructor(
    private readonly corpus: Corpus,
    passageId: number,
    private readonly beforeIds: readonly number[],
    private readonly afterIds: readonly number[],
  ) {
    this.analysis = passageAnalysis(corpus, passageId);
    const own = passageStems(corpus, passageId);
    this.stems = own;
    this.longStems = longStemsOf(own);
    const title = corpus.titlePassage(passageId);
    this.subjectStems = title !== passageId && PRONOUN_SUBJECT.test(this.analysis.text) ? headingStems(corpus, title) : NO_STEMS;
    const stemsOfIds = (ids: readonly number[]) => ids.map((id) => passageStems(corpus, id));
    this.beforeStems = new StemUnion(() => [own, ...stemsOfIds(beforeIds)]);
    this.windowStems = new StemUnion(() => [own, ...stemsOfIds(beforeIds), ...stemsOfIds(afterIds)]);
  }

  get before(): Analysis[] {
    return (this.beforeAnalyses ??= this.beforeIds.map((id) => passageAnalysis(this.corpus, id)));
  }

  get beforeEntities(): Entity[] {
    return (this.beforeNames ??= this.before.flatMap((a) => a.entities));
  }

  get after(): Analysis[] {
    return (this.afterAnalyses ??= this.afterIds.map((id) => passageAnalysis(this.corpus, id)));
  }

  get afterEntities(): Entity[] {
    return (this.afterNames ??= this.after.flatMap((a) => a.entities));
  }

  digitsAfter(): boolean {
    return (this.afterDigits ??= this.afterIds.some((id) => /\d/.test(this.corpus.passage(id).text)));
  }
}

/** Whether `otherId` is among the passages whose words `passageId`'s view borrows (its neighbours, its source's title, its list's lead-in). */
export function inContextOf(corpus: Corpus, passageId: number, otherId: number): boolean {
  if (otherId === passageId || corpus.passageKey(otherId) !== corpus.passageKey(passageId)) return false;
  if (otherId === corpus.titlePassage(passageId) || otherId === leadIn(corpus, passageId)) return true;
  return otherId >= passageId - CONTEXT_BEFORE && otherId <= passageId + CONTEXT_AFTER;
}

/** A list item's marker: a number ("3.", "3)") or a bullet. */
const LIST_ITEM = /^\s*(?:\d{1,3}[.)]|[-*•–])\s/;
/** Items a list's lead-in may stand before the item it introduces. */
const LEAD_IN_REACH = 12;

/**
 * The sentence a list item's list opens with, ending in a colon ("What Europe should do right
 * now:" before "3. AI partnerships with China + India."): it says what each item is, as a title
 * does for a passage. Undefined for a passage that is no list item, or a list with no lead-in.
 */
function leadIn(corpus: Corpus, passageId: number): number | undefined {
  if (!LIST_ITEM.test(corpus.passage(passageId).text)) return undefined;
  const first = corpus.titlePassage(passageId);
  for (let id = passageId - 1; id >= Math.max(first, passageId - LEAD_IN_REACH); id--) {
    const text = corpus.passage(id).text;
    if (LIST_ITEM.test(text)) continue;
    return text.trimEnd().endsWith(':') ? id : undefined;
  }
  return undefined;
}

function buildView(corpus: Corpus, passageId: number): PassageView {
  const title = corpus.titlePassage(passageId);
  const beforeIds = corpus.neighbours(passageId, CONTEXT_BEFORE, 0);
  const lead = leadIn(corpus, passageId);
  if (lead !== undefined && !beforeIds.includes(lead)) beforeIds.unshift(lead);
  if (title !== passageId && !beforeIds.includes(title)) beforeIds.unshift(title);
  return new LazyView(corpus, passageId, beforeIds, corpus.neighbours(passageId, 0, CONTEXT_AFTER));
}

const NO_STEMS: ReadonlySet<string> = new Set();

/** The content stems of a passage that is a Markdown heading ("# Mary, Queen of Scots"), else none. */
function headingStems(corpus: Corpus, id: number): ReadonlySet<string> {
  const heading = passageAnalysis(corpus, id);
  if (!/^#{1,6}\s/.test(heading.text)) return NO_STEMS;
  return new Set(heading.tokens.filter((t) => !t.stop).map((t) => t.stem));
}
