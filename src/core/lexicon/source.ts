// Where the engine's WordNet comes from. The core reads no files: a face (the CLI, the extension,
// a script or the test set-up) says how to get the compiled text, and it is read once, on the
// first word looked up, so activation never pays for it. The editor reads it ahead of that, in
// slices (preloadLexicon): read on the first check, it held the event loop for 190 to 250 ms.
import { TimeSlices } from '../timeSlices';
import { WordNet, wordNetTextInSteps } from './wordnet';

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

/**
 * Reads the lexicon before the first word is looked up, with the event loop free between slices
 * of about `sliceMs`: `read` fetches the compiled text without blocking (a file read and gunzip
 * off the main thread). A lookup before it ends reads the lexicon at once, as without it. A
 * failure here is left for that first lookup to report, with its reason.
 */
export async function preloadLexicon(read: () => Promise<string>, sliceMs?: number): Promise<void> {
  if (loaded || failure) return;
  try {
    const text = await read();
    // A lookup can read the lexicon only while a slice pauses: then the rest is not needed.
    const tables = await new TimeSlices(sliceMs).finish(wordNetTextInSteps(text), () => loaded !== undefined);
    if (tables) loaded ??= new WordNet(tables.value);
  } catch {
    // wordNet() reads it again on first use and reports why it cannot.
  }
}

/** Whether the lexicon has been read (what test/unit/lexicon/preload.test.ts asks). */
export function lexiconLoaded(): boolean {
  return loaded !== undefined;
}
