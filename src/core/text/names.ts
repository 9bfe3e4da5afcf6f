// What a text teaches about names, learnt while a corpus is indexed: stems written capitalised
// inside sentences and never in lower case are proper names, and "Office for National
// Statistics (ONS)" defines an acronym both ways. Text-level only (no claim analysis), so the
// corpus can learn it in the same pass that indexes it and the claim analyser can use it.
import { learnAcronyms } from './acronyms';

/** Collects name evidence word by word and passage by passage; read the result once at the end. */
export class NameLearner {
  private readonly capitalised = new Set<string>();
  private readonly lowercase = new Set<string>();
  private readonly aliases = new Map<string, Set<string>>();

  /** A word seen inside a sentence (not its first word): once per distinct word is enough. */
  wordInside(stem: string, capitalized: boolean): void {
    (capitalized ? this.capitalised : this.lowercase).add(stem);
  }

  /** A passage's text, read for acronym definitions. */
  passage(text: string): void {
    if (text.includes('(')) learnAcronyms(text, this.aliases);
  }

  /** Stems written capitalised inside sentences and never in lower case. */
  properNames(): string[] {
    const names: string[] = [];
    for (const stem of this.capitalised) if (!this.lowercase.has(stem)) names.push(stem);
    return names;
  }

  /** Acronym <-> long form, both lower case. */
  aliasPairs(): Array<[string, string[]]> {
    return [...this.aliases].map(([from, to]) => [from, [...to]]);
  }
}
