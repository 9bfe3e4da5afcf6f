// The closed-class word lists of lexicon.json, typed.
import lexicon from './lexicon.json';

export const STOPWORDS = new Set(lexicon.stopwords);
export const AUXILIARIES = lexicon.auxiliaries;
export const CONTRACTED_NEGATIONS: Record<string, string> = lexicon.contractedNegations;
export const MONTHS = lexicon.months;
export const NUMBER_WORDS = lexicon.numberWords;
export const RECOMMENDATION_CUES = lexicon.recommendationCues;
export const MAGNITUDES: Record<string, number> = lexicon.magnitudes;
export const IRREGULAR_VERBS = new Set(lexicon.irregularVerbs);
