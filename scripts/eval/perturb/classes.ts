// The perturbation classes, the verdict each must get, and the targets of issue 12.
import type { Verdict } from '../../../src/core';
import { antonymSwapped, dateChanged, entitySwapped, figureChanged, negationToggled, quoteWordChanged } from './contradictedGenerators';
import { clauseDropped, copied, numberReformatted, synonymParaphrase } from './supportedGenerators';
import type { Generator, PerturbationClass } from './types';
import type { WordNet } from './wordnet';

export function perturbationClasses(wordnet: WordNet): PerturbationClass[] {
  return [
    { name: 'copied', expected: 'supported', generate: copied },
    { name: 'synonym', expected: 'supported', generate: synonymParaphrase(wordnet) },
    { name: 'clause-dropped', expected: 'supported', generate: clauseDropped },
    { name: 'number-format', expected: 'supported', generate: numberReformatted },
    { name: 'figure', expected: 'contradicted', generate: figureChanged },
    { name: 'date', expected: 'contradicted', generate: dateChanged },
    { name: 'entity', expected: 'contradicted', generate: entitySwapped(wordnet) },
    { name: 'antonym', expected: 'contradicted', generate: antonymSwapped(wordnet) },
    { name: 'negation', expected: 'contradicted', generate: negationToggled },
    { name: 'quote-word', expected: 'contradicted', generate: quoteWordChanged(wordnet) },
    { name: 'absent', expected: 'unsupported', generate: copied },
  ];
}

/** A held-out sentence is about something the indexed corpus lacks when one of its names or figures never occurs there. */
export function absentFrom(vocabulary: Set<string>): Generator {
  return (sentence) => {
    const inner = [...sentence.matchAll(/\b(?:[A-Z][a-z]{2,}|\d[\d,.]*\d|\d)\b/g)].filter((match) => match.index > 0);
    return inner.some((match) => !vocabulary.has(match[0])) ? { text: sentence } : undefined;
  };
}

export interface Target {
  verdict: Verdict;
  atLeast?: number;
  atMost?: number;
}

/** Supported classes: ≥ 0.95 supported, ≤ 0.5 % contradicted. Contradiction classes: ≥ 0.85 contradicted, ≤ 2 % supported. */
export function targetsFor(expected: PerturbationClass['expected']): Target[] {
  if (expected === 'supported') return [{ verdict: 'supported', atLeast: 0.95 }, { verdict: 'contradicted', atMost: 0.005 }];
  if (expected === 'contradicted') return [{ verdict: 'contradicted', atLeast: 0.85 }, { verdict: 'supported', atMost: 0.02 }];
  return [];
}
