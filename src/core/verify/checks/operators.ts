// Natural-logic projection beyond negation (MacCartney & Manning 2009): quantifiers and focus
// words ("all", "most", "few", "only", "at most") set the monotonicity of the words in their
// restrictor (the noun phrase after them) and their body (the rest of the clause), and a claim
// operator the passage lacks, or a stronger one than the passage's, keeps the claim from support.
// Which operator does what is data (operators.json); without a parser, the restrictor runs from
// the operator to the first auxiliary or relative word (`bodyStarts`) and the body to the end
// of the clause.
import type { Analysis } from '../../claims/analyze';
import { wordNet } from '../../lexicon/source';
import { phraseStartsAt, type Token } from '../../text/tokens';
import DATA from './operators.json';

export type Monotonicity = 'up' | 'down' | 'non';

interface OperatorEntry {
  id: string;
  words: string[][];
  restrictor: Monotonicity;
  body: Monotonicity;
  entails: string[];
  insertion: 'blocks' | 'harmless';
  notAfter?: string[];
  notBefore?: string[];
}

export interface OperatorAt {
  operator: OperatorEntry;
  /** Token indices: the operator's words, its restrictor's, and the end of its body (exclusive). */
  first: number;
  last: number;
  restrictorEnd: number;
  bodyEnd: number;
}

const OPERATORS = DATA.operators as OperatorEntry[];
const BODY_STARTS = new Set(DATA.bodyStarts);
const APPROXIMATORS: ReadonlySet<string> = new Set(DATA.approximators);
/** Gaps that end a clause, and so an operator's body. */
const CLAUSE_END = /[.;:!?]/;

interface OperatorPhrase {
  operator: OperatorEntry;
  words: readonly string[];
}

/**
 * Each operator's phrases under their first word, in the order of OPERATORS and of its words (the
 * first that matches wins): a token is tried against the phrases its word begins, not all of
 * them. Every token of every passage read is tried (twenty phrases each, before).
 */
const PHRASES_BY_FIRST_WORD = phrasesByFirstWord(OPERATORS);

function phrasesByFirstWord(operators: readonly OperatorEntry[]): ReadonlyMap<string, readonly OperatorPhrase[]> {
  const index = new Map<string, OperatorPhrase[]>();
  for (const operator of operators) {
    for (const words of operator.words) {
      const first = words[0];
      // An empty phrase would stand at every token: operators.json has none.
      if (first === undefined) throw new Error(`operators.json: an empty phrase of ${operator.id}`);
      const phrases = index.get(first);
      if (phrases) phrases.push({ operator, words });
      else index.set(first, [{ operator, words }]);
    }
  }
  return index;
}

function matchAt(tokens: readonly Token[], i: number): { operator: OperatorEntry; length: number } | undefined {
  const phrases = PHRASES_BY_FIRST_WORD.get(tokens[i]?.norm ?? '');
  if (!phrases) return undefined;
  for (const { operator, words } of phrases) {
    if (operator.notAfter?.includes(tokens[i - 1]?.norm ?? '')) continue;
    if (phraseStartsAt(tokens, i, words) && !operator.notBefore?.includes(tokens[i + words.length]?.norm ?? '')) return { operator, length: words.length };
  }
  return undefined;
}

const operatorsCache = new WeakMap<Analysis, OperatorAt[]>();

/** The operators of a sentence with their scopes (kept per analysis: a passage is compared with many claims). */
export function operatorsOf(a: Analysis): OperatorAt[] {
  let found = operatorsCache.get(a);
  if (!found) operatorsCache.set(a, (found = findOperators(a)));
  return found;
}

function findOperators(a: Analysis): OperatorAt[] {
  const found: OperatorAt[] = [];
  const gapBefore = (k: number): string => {
    const left = a.tokens[k - 1];
    const right = a.tokens[k];
    return left && right ? a.text.slice(left.end - a.base, right.start - a.base) : '';
  };
  for (let i = 0; i < a.tokens.length; i++) {
    const hit = matchAt(a.tokens, i);
    if (!hit) continue;
    // "an all-time high", "no-fly zone": an operator word that begins a compound is the compound's.
    if (a.tokens[i + hit.length]?.hyphenAfterPrevious) continue;
    // A figure's own bound ("more than 60", "only about $300,000") is compared with the figure, not projected.
    let next = i + hit.length;
    while (APPROXIMATORS.has(a.tokens[next]?.norm ?? '')) next++;
    if (a.quantityTokens.has(next)) continue;
    const last = i + hit.length - 1;
    let restrictorEnd = last + 1;
    let content = 0;
    while (restrictorEnd < a.tokens.length && !BODY_STARTS.has(a.tokens[restrictorEnd]?.norm ?? '') && !CLAUSE_END.test(gapBefore(restrictorEnd)) && !gapBefore(restrictorEnd).includes(',')) {
      // "All firms raised prices": after the first content word, a verb starts the body.
      const word = a.tokens[restrictorEnd];
      if (content > 0 && word && !word.stop && isVerb(word.norm)) break;
      if (word && !word.stop) content++;
      restrictorEnd++;
    }
    let bodyEnd = restrictorEnd;
    while (bodyEnd < a.tokens.length && !CLAUSE_END.test(gapBefore(bodyEnd))) bodyEnd++;
    found.push({ operator: hit.operator, first: i, last, restrictorEnd, bodyEnd });
    i = last;
  }
  return found;
}

function isVerb(norm: string): boolean {
  return wordNet().lemmas(norm).some((lemma) => lemma.pos === 'v');
}

function compose(outer: Monotonicity, inner: Monotonicity): Monotonicity {
  if (outer === 'non' || inner === 'non') return 'non';
  return outer === inner ? 'up' : 'down';
}

/** Each token's monotonicity: the operators whose scope holds it, and the negations, composed. */
export function monotonicity(a: Analysis): Monotonicity[] {
  const marks = a.tokens.map((_, i): Monotonicity => (a.negated[i] ? 'down' : 'up'));
  for (const op of operatorsOf(a)) {
    for (let k = op.last + 1; k < op.bodyEnd; k++) {
      marks[k] = compose(k < op.restrictorEnd ? op.operator.restrictor : op.operator.body, marks[k] ?? 'up');
    }
  }
  return marks;
}

/** Content stems of an operator's restrictor: what a passage's operator must share to stand in its place. */
function restrictorStems(a: Analysis, op: OperatorAt): Set<string> {
  return new Set(a.tokens.slice(op.last + 1, op.restrictorEnd).filter((t) => !t.stop).map((t) => t.stem));
}

/**
 * Claim operators the passage does not bear out: added where the passage has none on the same
 * restrictor (and the operator's insertion blocks), or stronger than the passage's ("all" where
 * the passage says "most"). Each is returned with the claim tokens it spans.
 */
export function unsupportedOperators(claim: Analysis, passage: Analysis): OperatorAt[] {
  const claimOps = operatorsOf(claim);
  // Most claims have no operator: the passage need not be read for one.
  if (claimOps.length === 0) return [];
  const passageOps = operatorsOf(passage);
  const missing: OperatorAt[] = [];
  for (const op of claimOps) {
    const stems = restrictorStems(claim, op);
    // The passage's operator on the same noun; without a parser the restrictor may be misread, so
    // the same operator anywhere in the passage will do.
    const counterpart = passageOps.find((p) => [...restrictorStems(passage, p)].some((s) => stems.has(s))) ?? passageOps.find((p) => p.operator.id === op.operator.id);
    if (!counterpart) {
      if (op.operator.insertion === 'blocks') missing.push(op);
      continue;
    }
    const same = counterpart.operator.id === op.operator.id || counterpart.operator.entails.includes(op.operator.id);
    if (!same) missing.push(op);
  }
  return missing;
}
