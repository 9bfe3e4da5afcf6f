// Common English function words (the usual information-retrieval list, in stopwords.json). They
// carry no subject matter, so they are neither indexed nor counted when a claim is compared.
import data from './stopwords.json';

/** The list as data: the index cache's fingerprint holds it, so a changed list misses every entry. */
export const STOPWORD_LIST: readonly string[] = data.words;

const STOPWORDS: ReadonlySet<string> = new Set(data.words);

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}
