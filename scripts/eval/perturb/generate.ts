// Draws the cases of each class from a corpus's sentences. Pure text work: the engine is never called.
import { seededRandom } from '../../lib/seededRandom';
import { absentFrom } from './classes';
import type { PerturbCorpus } from './corpora';
import { shuffled } from './corpora';
import { hasQuotation, isFactual, splitSentences } from './sentences';
import type { PerturbationClass, Perturbed } from './types';

export interface Case extends Perturbed {
  className: string;
  expected: PerturbationClass['expected'];
  corpus: string;
  source: string;
}

/** A seed per (class, pass, sentence), so each case is reproducible on its own. */
function caseSeed(seed: number, className: string, pass: number, index: number): number {
  let hash = seed ^ 0x9e3779b9;
  for (const char of `${className}/${pass}/${index}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}

/** Lower-case word pairs of a text, to tell whether the corpus already says a changed value in place. */
function wordPairs(texts: string[]): Set<string> {
  const pairs = new Set<string>();
  for (const text of texts) {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  }
  return pairs;
}

/**
 * A changed value the corpus states with the same neighbour ("fiscal year 1975" in another speech)
 * may be true there: such a case is not a sure contradiction, so it is not drawn.
 */
function statedElsewhere(made: Perturbed, pairs: Set<string>): boolean {
  if (!made.change || !made.after) return false;
  const before = made.text.slice(0, made.change.start).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const after = made.text.slice(made.change.end).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const changed = made.after.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const first = changed[0];
  const last = changed[changed.length - 1];
  return (before.length > 0 && first !== undefined && pairs.has(`${before[before.length - 1]} ${first}`))
    || (after.length > 0 && last !== undefined && pairs.has(`${last} ${after[0]}`));
}

export interface SentencePool {
  indexed: string[];
  /** Indexed sentences holding a quotation, whatever else they say: a quotation is a checkable claim. */
  quoting: string[];
  heldOut: string[];
  vocabulary: Set<string>;
  pairs: Set<string>;
}

export function sentencePool(corpus: PerturbCorpus, seed: number): SentencePool {
  const factual = (texts: string[]): string[] => [...new Set(texts.flatMap(splitSentences).filter(isFactual))];
  const quoting = [...new Set(corpus.indexedTexts.flatMap(splitSentences).filter(hasQuotation))];
  const vocabulary = new Set(corpus.indexedTexts.flatMap((text) => text.match(/[A-Za-z]+|\d[\d,.]*\d|\d/g) ?? []));
  return {
    indexed: shuffled(factual(corpus.indexedTexts), seededRandom(seed)),
    quoting: shuffled(quoting, seededRandom(seed + 3)),
    heldOut: shuffled(factual(corpus.heldOutTexts), seededRandom(seed + 7)),
    vocabulary,
    pairs: wordPairs(corpus.indexedTexts),
  };
}

/** Up to `wanted` distinct cases of one class; a sentence may give a second case on a later pass. */
export function casesOf(perturbation: PerturbationClass, corpusName: string, pool: SentencePool, wanted: number, seed: number): Case[] {
  const isAbsent = perturbation.expected === 'unsupported';
  const sentences = isAbsent ? pool.heldOut : perturbation.name === 'quote-word' ? pool.quoting : pool.indexed;
  const generate = isAbsent ? absentFrom(pool.vocabulary) : perturbation.generate;
  const seen = new Set<string>();
  const cases: Case[] = [];
  const passes = perturbation.name === 'copied' || isAbsent ? 1 : 10;
  for (let pass = 0; pass < passes && cases.length < wanted; pass++) {
    for (const [index, sentence] of sentences.entries()) {
      if (cases.length >= wanted) break;
      const made = generate(sentence, seededRandom(caseSeed(seed, perturbation.name, pass, index)));
      if (!made || seen.has(made.text) || (made.text === sentence && perturbation.name !== 'copied' && !isAbsent)) continue;
      if (perturbation.expected === 'contradicted' && perturbation.name !== 'negation' && statedElsewhere(made, pool.pairs)) continue;
      seen.add(made.text);
      cases.push({ ...made, className: perturbation.name, expected: perturbation.expected, corpus: corpusName, source: sentence });
    }
  }
  return cases;
}

/** `perClass` cases split evenly over the corpora; a corpus that runs short leaves its share to the others. */
export function balancedCases(perturbation: PerturbationClass, pools: [string, SentencePool][], perClass: number, seed: number): Case[] {
  const drawn = pools.map(([name, pool]) => casesOf(perturbation, name, pool, perClass, seed));
  const taken: Case[] = [];
  let remaining = perClass;
  const order = drawn.map((cases, at) => ({ cases, at })).sort((a, b) => a.cases.length - b.cases.length);
  order.forEach(({ cases }, position) => {
    const share = Math.ceil(remaining / (order.length - position));
    const chosen = cases.slice(0, share);
    taken.push(...chosen);
    remaining -= chosen.length;
  });
  return taken;
}
