// Generators whose output a source refutes: one figure, date, named entity, predicate or
// polarity changed, or one word inside a quotation changed (a misquote). Each changes one thing.
import { AUXILIARIES, CONTRACTED_NEGATIONS, IRREGULAR_VERBS, MONTHS, NUMBER_WORDS, STOPWORDS } from './lexicon';
import { changedValue, figuresIn, formatLike, numberWordValue } from './numbers';
import { contentWords, type WordAt } from './supportedGenerators';
import { matchesOf, pick, replaceAt, type Generator, type Perturbed } from './types';
import type { Pos, WordNet } from './wordnet';

export const figureChanged: Generator = (sentence, random) => {
  const figures = figuresIn(sentence).filter((figure) => !figure.isYear && !figure.isDay && figure.value > 0);
  const words = matchesOf(sentence, /\b(three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?= [a-z])/g);
  if (figures.length && (random() < 0.8 || !words.length)) {
    const figure = pick(figures, random);
    if (!figure) return undefined;
    return replaceAt(sentence, figure.start, figure.end, formatLike(changedValue(figure.value, figure.text, random), figure.text));
  }
  const word = pick(words, random);
  if (!word) return undefined;
  const value = numberWordValue(word[0]) ?? 2;
  const others = NUMBER_WORDS.filter((_, at) => Math.abs(at + 2 - value) >= 2);
  const other = pick(others, random);
  return other ? replaceAt(sentence, word.index, word.index + word[0].length, other) : undefined;
};

const MONTH_IN_DATE = new RegExp(`\\b(${MONTHS.join('|')})\\b(?=,? \\d)|(?<=\\d )(${MONTHS.join('|')})\\b|(?<=\\b(?:in|of|since|until|by) )(${MONTHS.join('|')})\\b`, 'g');

export const dateChanged: Generator = (sentence, random) => {
  const years = figuresIn(sentence).filter((figure) => figure.isYear);
  const months = matchesOf(sentence, MONTH_IN_DATE);
  if (months.length && (random() < 0.5 || !years.length)) {
    const month = pick(months, random);
    const other = pick(MONTHS.filter((name) => !sentence.includes(name)), random);
    return month && other ? replaceAt(sentence, month.index, month.index + month[0].length, other) : undefined;
  }
  const year = pick(years, random);
  if (!year) return undefined;
  const shift = (1 + Math.floor(random() * 9)) * (random() < 0.5 ? -1 : 1);
  const moved = String(year.value + shift);
  return sentence.includes(moved) ? undefined : replaceAt(sentence, year.start, year.end, moved);
};

/** Runs of capitalised words after the first word (a leading "The" left out): the names a sentence mentions. */
function nameCandidates(sentence: string): WordAt[] {
  // Longer runs are titles ("Community Development Block Grant"), whose words are not names.
  return matchesOf(sentence, /(?<!^)\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b/g)
    .filter((run) => run[0].replace(/^The /, '').split(' ').length <= 3)
    .map((run) => {
      const word = run[0].replace(/^The /, '');
      const start = run.index + run[0].length - word.length;
      return { word, start, end: start + word.length };
    })
    .filter((run) => run.word.length >= 3 && !STOPWORDS.has(run.word.toLowerCase()));
}

/** A named entity replaced by another instance of its WordNet class (a country by a country, a city by a city). */
export function entitySwapped(wordnet: WordNet): Generator {
  return (sentence, random) => {
    for (const candidate of nameCandidates(sentence)) {
      const others = wordnet.sameTypeInstances(candidate.word).filter((name) => !sentence.includes(name) && !name.includes(candidate.word) && !candidate.word.includes(name));
      const other = pick(others, random);
      if (other) return replaceAt(sentence, candidate.start, candidate.end, other);
    }
    return undefined;
  };
}

function thirdPerson(lemma: string): string {
  if (/(?:[sxzo]|ch|sh)$/.test(lemma)) return `${lemma}es`;
  return /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
}

function pastTense(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  return /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
}

/** Regular inflections of a verb: the base, -s, -ed / -d, each with the lemma it comes from. */
function verbLemmas(word: string): { lemma: string; inflect: (lemma: string) => string }[] {
  return [
    { lemma: word, inflect: (lemma: string) => lemma },
    ...(word.endsWith('ed') ? [{ lemma: word.slice(0, -2), inflect: pastTense }, { lemma: word.slice(0, -1), inflect: pastTense }] : []),
    ...(word.endsWith('s') && !word.endsWith('ss') ? [{ lemma: word.slice(0, -1), inflect: thirdPerson }] : []),
  ];
}

/**
 * The antonym of a word as it is used: adjectives and adverbs directly; verbs when the word is
 * inflected (-ed, -s) or follows a modal, "to" or "not", since a bare "record" or "dress" is
 * more often a noun.
 */
function antonymOf(wordnet: WordNet, word: string, random: () => number, verbal = true): string | undefined {
  const inflected = verbLemmas(word).slice(1).some(({ lemma }) => wordnet.has(lemma, 'verb'));
  // "moved" / "unmoved": a verb form keeps a verb antonym, not the participle adjective's.
  if (!inflected || !word.endsWith('ed')) {
    for (const pos of ['adj', 'adv'] as Pos[]) {
      const antonym = pick(wordnet.antonyms(word, pos), random);
      if (antonym) return antonym;
    }
  }
  for (const { lemma, inflect } of verbLemmas(word)) {
    if (!verbal && wordnet.has(word, 'noun') && !word.endsWith('ed')) continue;
    const antonym = pick(wordnet.antonyms(lemma, 'verb'), random);
    // An irregular antonym ("forget") would be misspelt by a regular ending.
    if (antonym && (lemma === word || !IRREGULAR_VERBS.has(antonym))) return inflect(antonym);
  }
  return undefined;
}

/** A predicate replaced by its WordNet antonym ("increased" → "decreased", "strong" → "weak"). */
export function antonymSwapped(wordnet: WordNet): Generator {
  return (sentence, random) => {
    const candidates = contentWords(sentence).flatMap((at) => {
      const verbal = /\b(?:to|will|would|can|could|should|must|may|might|not|do|does|did)\s$/i.test(sentence.slice(0, at.start));
      const antonym = antonymOf(wordnet, at.word, random, verbal);
      return antonym ? [{ ...at, antonym }] : [];
    });
    const chosen = pick(candidates, random);
    return chosen ? replaceAt(sentence, chosen.start, chosen.end, chosen.antonym) : undefined;
  };
}

function negationRemoved(sentence: string): Perturbed | undefined {
  const contracted = matchesOf(sentence, new RegExp(`\\b(${Object.keys(CONTRACTED_NEGATIONS).join('|')})\\b`, 'gi'))[0];
  if (contracted) return replaceAt(sentence, contracted.index, contracted.index + contracted[0].length, CONTRACTED_NEGATIONS[contracted[0].toLowerCase()] ?? contracted[0]);
  const plain = matchesOf(sentence, new RegExp(`\\b(${AUXILIARIES.join('|')}) not\\b`, 'g'))[0];
  if (plain) return replaceAt(sentence, plain.index, plain.index + plain[0].length, plain[1] ?? '');
  return undefined;
}

/** A negation removed when the sentence has one, else "not" put after its first auxiliary. */
export const negationToggled: Generator = (sentence) => {
  const removed = negationRemoved(sentence);
  if (removed) return removed;
  // "has/have/had" negate only as auxiliaries (before a participle); "is only" is not a negation site.
  const auxiliary = matchesOf(sentence, new RegExp(`\\b(${AUXILIARIES.join('|')})\\b(?! not\\b| never\\b| only\\b)(?= [a-z])`, 'g'))
    .find((match) => !/^ha[sdv]/.test(match[0]) || /^ [a-z]{2,}(?:ed|en|wn|ne)\b/.test(sentence.slice(match.index + match[0].length)));
  if (!auxiliary) return undefined;
  const negated = auxiliary[0] === 'can' ? 'cannot' : `${auxiliary[0]} not`;
  return replaceAt(sentence, auxiliary.index, auxiliary.index + auxiliary[0].length, negated);
};

/** One word inside a quotation replaced by a WordNet synonym (or antonym): a misquote. */
export function quoteWordChanged(wordnet: WordNet): Generator {
  return (sentence, random) => {
    // Any other word misquotes, whatever its sense: synonyms of every part of speech, and antonyms.
    const candidates = contentWords(sentence, true).flatMap((at) => {
      const antonym = antonymOf(wordnet, at.word, random);
      const others = [...(['noun', 'verb', 'adj', 'adv'] as Pos[]).flatMap((pos) => wordnet.synonyms(at.word, pos)), ...(antonym ? [antonym] : [])];
      // A spelling variant ("defense" / "defence") is not a different word.
      return others.filter((other) => other.slice(0, 4) !== at.word.slice(0, 4)).map((other) => ({ ...at, other }));
    });
    const chosen = pick(candidates, random);
    return chosen ? replaceAt(sentence, chosen.start, chosen.end, chosen.other) : undefined;
  };
}
