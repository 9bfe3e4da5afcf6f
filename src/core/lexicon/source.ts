// Where the engine's WordNet comes from. The core reads no files: a face (the CLI, the extension,
// a script or the test set-up) says how to get the compiled text, and it is read once, on the
// first word looked up, so activation never pays for it.
import { WordNet } from './wordnet';

export type LexiconSource = () => string;

let source: LexiconSource | undefined;
let loaded: WordNet | undefined;
let failure: string | undefined;

/** Tells the engine how to read the compiled WordNet; the first source given wins. */
export function useLexiconSource(read: LexiconSource): void {
  if (!source) source = read;
}

/** The engine's WordNet, read on first use. Throws, with the reason, when none can be read. */
export function wordNet(): WordNet {
  if (loaded) return loaded;
  if (failure) throw new Error(failure);
  if (!source) {
    failure = 'No WordNet lexicon was provided to the engine (useLexiconSource).';
    throw new Error(failure);
  }
  try {
    loaded = new WordNet(source());
  } catch (error) {
    failure = `The WordNet lexicon could not be read: ${error instanceof Error ? error.message : String(error)}`;
    throw new Error(failure);
  }
  return loaded;
}
