// Generators whose output a source still bears out: the sentence copied, a word replaced by a
// WordNet synonym of its most frequent sense, a trailing clause dropped, a figure written another way.
import { MAGNITUDES, STOPWORDS } from './lexicon';
import { isFactual } from './sentences';
import { figuresIn, numberWordFor, numberWordValue, withCommas } from './numbers';
import { matchesOf, pick, replaceAt, type Generator, type Perturbed } from './types';
import type { WordNet } from './wordnet';

export const copied: Generator = (sentence) => ({ text: sentence });

/** Spans inside quotation marks: words there must stay as written. */
export function quotedSpans(sentence: string): { start: number; end: number }[] {
  return matchesOf(sentence, /“[^”]*”|"[^"]*"/g).map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

export interface WordAt {
  word: string;
  start: number;
  end: number;
}

/** Lower-case content words outside quotations. */
export function contentWords(sentence: string, insideQuotes = false): WordAt[] {
  const quotes = quotedSpans(sentence);
  return matchesOf(sentence, /\b[a-z][a-z]{3,}\b/g)
    .map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }))
    .filter((at) => !STOPWORDS.has(at.word) && quotes.some((quote) => quote.start < at.start && at.end < quote.end) === insideQuotes);
}

/** A synonym for a word used in its base form: an adjective, an adverb, or a noun that is not also a verb. */
/** "opened", "growing": a verb form, even where WordNet also lists it as an adjective. */
function looksInflected(wordnet: WordNet, word: string): boolean {
  const stems = [word.replace(/ed$/, ''), word.replace(/d$/, ''), word.replace(/ing$/, ''), word.replace(/ing$/, 'e')];
  return /(?:ed|ing)$/.test(word) && stems.some((stem) => stem !== word && wordnet.has(stem, 'verb'));
}

export function baseFormSynonym(wordnet: WordNet, word: string, random: () => number): string | undefined {
  if (looksInflected(wordnet, word)) return undefined;
  const adjectiveSenses = wordnet.synsets(word, 'adj').length;
  if (adjectiveSenses && !wordnet.has(word, 'verb') && adjectiveSenses > wordnet.synsets(word, 'noun').length) return pick(wordnet.synonyms(word, 'adj'), random);
  if (word.endsWith('ly') && wordnet.has(word, 'adv')) return pick(wordnet.synonyms(word, 'adv'), random);
  if (wordnet.has(word, 'noun') && !wordnet.has(word, 'verb') && !wordnet.has(word, 'adj') && !/[^s]s$/.test(word)) return pick(wordnet.synonyms(word, 'noun'), random);
  return undefined;
}

export function synonymParaphrase(wordnet: WordNet): Generator {
  return (sentence, random) => {
    // After an auxiliary or "to" a word is a verb form ("have done"), whatever else WordNet lists it as.
    const candidates = contentWords(sentence).filter((at) => !/\b(?:to|have|has|had|be|been|is|are|was|were)\s$/i.test(sentence.slice(0, at.start))).flatMap((at) => {
      const synonym = baseFormSynonym(wordnet, at.word, random);
      return synonym ? [{ ...at, synonym }] : [];
    });
    const chosen = pick(candidates, random);
    return chosen ? replaceAt(sentence, chosen.start, chosen.end, chosen.synonym) : undefined;
  };
}

function balancedQuotes(text: string): boolean {
  const count = (pattern: RegExp): number => text.match(pattern)?.length ?? 0;
  return count(/"/g) % 2 === 0 && count(/“/g) === count(/”/g);
}

const CLAUSE_BREAK = /, (?:and|but|while|whereas|which|who|where|when|after|including|as well as|because|although|though) |; | \(/g;

/** Keeps the main clause before the first comma-led clause, semicolon or parenthesis (conjunction elimination). */
export const clauseDropped: Generator = (sentence) => {
  for (const found of matchesOf(sentence, CLAUSE_BREAK)) {
    const kept = sentence.slice(0, found.index).trim();
    const dropped = sentence.slice(found.index + found[0].length);
    const text = `${kept.replace(/[,;:]$/, '')}.`;
    // Before ", and" / ", but" a comma in the kept part may be a list ("Ohio, Iowa, and Utah"): not a clause.
    const listRisk = /^, (?:and|but) /.test(found[0]) && kept.includes(',');
    if (dropped.split(/\s+/).length >= 4 && !listRisk && balancedQuotes(kept) && isFactual(text)) return { text, before: sentence.slice(found.index), after: '' };
  }
  return undefined;
};

function magnitudeRewrites(sentence: string): Perturbed[] {
  const out: Perturbed[] = [];
  for (const match of matchesOf(sentence, /\b(\d+(?:\.\d+)?) (million|billion)\b/g)) {
    const value = Number(match[1]) * (MAGNITUDES[match[2] ?? ''] ?? 1);
    if (Number.isInteger(value)) out.push(replaceAt(sentence, match.index, match.index + match[0].length, withCommas(value)));
  }
  for (const match of matchesOf(sentence, /(?<![\d,.])(\d{1,3}(?:,000){2,})(?![\d,])/g)) {
    const value = Number((match[1] ?? '').replace(/,/g, ''));
    const [word, size] = value >= 1e9 ? ['billion', 1e9] : ['million', 1e6];
    out.push(replaceAt(sentence, match.index, match.index + match[0].length, `${value / (size as number)} ${word}`));
  }
  return out;
}

function wordDigitRewrites(sentence: string): Perturbed[] {
  const out: Perturbed[] = [];
  for (const match of matchesOf(sentence, /(?<![-\w])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?= [a-z]+\b(?! and\b))/gi)) {
    if (/^[A-Z]/.test(match[0]) && match.index === 0) continue;
    out.push(replaceAt(sentence, match.index, match.index + match[0].length, String(numberWordValue(match[0]))));
  }
  for (const match of matchesOf(sentence, /(?<![\d,.$£€])(\d{1,3}),000(?![\d,.])(?! (?:million|billion))/g)) {
    out.push(replaceAt(sentence, match.index, match.index + match[0].length, `${match[1]} thousand`));
  }
  for (const match of matchesOf(sentence, /\$(\d+(?:\.\d+)?) (million|billion|trillion)\b/g)) {
    out.push(replaceAt(sentence, match.index, match.index + match[0].length, `${match[1]} ${match[2]} dollars`));
  }
  for (const figure of figuresIn(sentence)) {
    const word = numberWordFor(figure.value);
    if (word && !figure.isDay && /^ [a-z]/.test(sentence.slice(figure.end, figure.end + 2)) && !/[$£€]$/.test(sentence.slice(0, figure.start))) {
      out.push(replaceAt(sentence, figure.start, figure.end, word));
    }
  }
  return out;
}

/** The same figure in another notation: 30 percent / 30%, 2 million / 2,000,000, three / 3. */
export const numberReformatted: Generator = (sentence, random) => {
  const options: Perturbed[] = [
    ...matchesOf(sentence, /\b(\d+(?:\.\d+)?) (?:percent|per cent)\b/g).map((m) => replaceAt(sentence, m.index, m.index + m[0].length, `${m[1]}%`)),
    ...matchesOf(sentence, /\b(\d+(?:\.\d+)?)%/g).map((m) => replaceAt(sentence, m.index, m.index + m[0].length, `${m[1]} percent`)),
    ...magnitudeRewrites(sentence),
    ...wordDigitRewrites(sentence),
  ];
  return pick(options, random);
};
