// Runs the generated cases through the engine and tallies verdicts per class against the targets.
import { BriefChecker, loadCorpus, type CheckedSentence, type Verdict } from '../../../src/core';
import { nodeFileSystem } from '../../../src/node/nodeFileSystem';
import { NO_EXPLANATION } from '../scoreClaims';
import { perturbationClasses, targetsFor, type Target } from './classes';
import { fmtPagesCorpus, sotuCorpus, type PerturbCorpus } from './corpora';
import { balancedCases, sentencePool, type Case, type SentencePool } from './generate';
import { WordNet } from './wordnet';

export interface PerturbOptions {
  perClass: number;
  seed: number;
  /** Only these classes (all when absent). */
  only?: string[];
  /** Wrong cases kept per class for --verbose (default 8), the worst verdict first. */
  examples?: number;
}

export interface ClassFigures {
  name: string;
  expected: Case['expected'];
  cases: number;
  /** Cases per corpus and the share of them given the expected verdict. */
  byCorpus: Record<string, { cases: number; expectedRate: number }>;
  rates: Record<Verdict, number>;
  targets: (Target & { actual: number; met: boolean })[];
  /** Wrong verdicts per `explanation.decidedBy`. */
  wrongByDecidedBy: Record<string, number>;
  examples: { text: string; before?: string; after?: string; verdict: Verdict; decidedBy: string }[];
}

export interface PerturbFigures {
  perClass: number;
  seed: number;
  corpora: { name: string; sources: number; passages: number; sentences: number }[];
  /** Corpora that could not be used here, with the reason. */
  missing: string[];
  classes: ClassFigures[];
  targetsMet: number;
  targetsTotal: number;
}

const SEVERITY: Verdict[] = ['contradicted', 'unsupported', 'supported', 'opinion'];

/** The sentence holding the change, or, when nothing was inserted, the worst verdict of all sentences. */
function verdictOf(sentences: CheckedSentence[], change: Case['change']): CheckedSentence | undefined {
  if (change) {
    const holding = sentences.find((sentence) => sentence.span.start < change.end && change.start < sentence.span.end);
    if (holding) return holding;
  }
  return [...sentences].sort((a, b) => SEVERITY.indexOf(a.verdict) - SEVERITY.indexOf(b.verdict))[0];
}

interface Outcome {
  item: Case;
  verdict: Verdict;
  decidedBy: string;
}

async function runCorpus(corpus: PerturbCorpus, cases: Case[]): Promise<{ outcomes: Outcome[]; sources: number; passages: number }> {
  const engineCorpus = await loadCorpus([corpus.indexedDir], nodeFileSystem);
  const checker = new BriefChecker(engineCorpus);
  const outcomes = cases.map((item, version) => {
    const sentence = verdictOf(checker.check(`${item.text}\n`, `perturb-${corpus.name}`, version).sentences, item.change);
    return { item, verdict: sentence?.verdict ?? 'opinion', decidedBy: sentence ? (sentence.explanation?.decidedBy ?? NO_EXPLANATION) : '(no sentence)' };
  });
  return { outcomes, sources: engineCorpus.sources.length, passages: engineCorpus.passageCount };
}

/** A verdict that flips the truth (supported for a wrong claim, contradicted for a right one) is shown first. */
function worstFirst(expected: Case['expected']): (outcome: Outcome) => number {
  const flipped: Verdict = expected === 'supported' ? 'contradicted' : 'supported';
  return (outcome) => (outcome.verdict === flipped ? 0 : 1);
}

function classFigures(name: string, expected: Case['expected'], outcomes: Outcome[], exampleCount: number): ClassFigures {
  const count = (verdict: Verdict): number => outcomes.filter((outcome) => outcome.verdict === verdict).length;
  const rates = Object.fromEntries(SEVERITY.map((verdict) => [verdict, outcomes.length ? count(verdict) / outcomes.length : 0])) as Record<Verdict, number>;
  const wrong = outcomes.filter((outcome) => outcome.verdict !== expected);
  const wrongByDecidedBy: Record<string, number> = {};
  for (const outcome of wrong) wrongByDecidedBy[outcome.decidedBy] = (wrongByDecidedBy[outcome.decidedBy] ?? 0) + 1;
  const byCorpus: ClassFigures['byCorpus'] = {};
  for (const corpus of new Set(outcomes.map((outcome) => outcome.item.corpus))) {
    const own = outcomes.filter((outcome) => outcome.item.corpus === corpus);
    byCorpus[corpus] = { cases: own.length, expectedRate: own.filter((outcome) => outcome.verdict === expected).length / own.length };
  }
  const targets = targetsFor(expected).map((target) => {
    const actual = rates[target.verdict];
    return { ...target, actual, met: (target.atLeast === undefined || actual >= target.atLeast) && (target.atMost === undefined || actual <= target.atMost) };
  });
  const rank = worstFirst(expected);
  const shown = [...wrong].sort((a, b) => rank(a) - rank(b)).slice(0, exampleCount);
  const examples = shown.map((outcome) => ({ text: outcome.item.text, before: outcome.item.before, after: outcome.item.after, verdict: outcome.verdict, decidedBy: outcome.decidedBy }));
  return { name, expected, cases: outcomes.length, byCorpus, rates, targets, wrongByDecidedBy, examples };
}

export async function runPerturbation(options: PerturbOptions): Promise<PerturbFigures> {
  const wordnet = new WordNet();
  const fmtPages = fmtPagesCorpus(options.seed);
  const corpora = [sotuCorpus(options.seed), fmtPages].filter((corpus): corpus is PerturbCorpus => corpus !== undefined);
  const missing = fmtPages ? [] : ['fmt-pages: no Fool Me Twice sample here (see eval/fmt/README.md)'];
  const pools: [string, SentencePool][] = corpora.map((corpus) => [corpus.name, sentencePool(corpus, options.seed)]);
  const known = perturbationClasses(wordnet);
  const unknown = (options.only ?? []).filter((name) => !known.some((perturbation) => perturbation.name === name));
  if (unknown.length) throw new Error(`unknown perturbation class ${unknown.join(', ')} (known: ${known.map((perturbation) => perturbation.name).join(', ')})`);
  const classes = options.only ? known.filter((perturbation) => options.only?.includes(perturbation.name)) : known;
  const casesByClass = classes.map((perturbation) => balancedCases(perturbation, pools, options.perClass, options.seed));
  const outcomes: Outcome[] = [];
  const corpusFigures: PerturbFigures['corpora'] = [];
  for (const [at, corpus] of corpora.entries()) {
    const run = await runCorpus(corpus, casesByClass.flat().filter((item) => item.corpus === corpus.name));
    outcomes.push(...run.outcomes);
    corpusFigures.push({ name: corpus.name, sources: run.sources, passages: run.passages, sentences: pools[at]?.[1].indexed.length ?? 0 });
  }
  const figures = classes.map((perturbation) => classFigures(perturbation.name, perturbation.expected, outcomes.filter((outcome) => outcome.item.className === perturbation.name), options.examples ?? 8));
  const targets = figures.flatMap((figure) => figure.targets);
  return { perClass: options.perClass, seed: options.seed, corpora: corpusFigures, missing, classes: figures, targetsMet: targets.filter((target) => target.met).length, targetsTotal: targets.length };
}
