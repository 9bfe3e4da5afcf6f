// What a text teaches about names, learnt while a corpus is indexed: stems written capitalised
// inside sentences and never in lower case are proper names, and "Office for National
// Statistics (ONS)" defines an acronym both ways. Text-level only (no claim analysis), so the
// corpus can learn it in the same pass that indexes it and the claim analyser can use it.

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

/** Learns acronym definitions such as "Office for National Statistics (ONS)", both ways. */
function learnAcronyms(text: string, aliases: Map<string, Set<string>>): void {
  const re = /((?:[\p{Lu}][\p{L}\-']*[\s\-]+(?:(?:of|and|for|the|on|in)\s+)?){1,8})[('"‘’“”\s]*\(\s*([\p{Lu}][\p{Lu}\p{Ll}]{1,9})\s*\)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const acronym = m[2];
    if (acronym !== acronym.toUpperCase() && !/^[\p{Lu}]+[\p{Ll}]?[\p{Lu}]+$/u.test(acronym)) continue;
    const words = m[1].trim().replace(/['"‘’“”]+$/, '').split(/[\s\-]+/).filter(Boolean);
    // Keep only the trailing words whose initials can spell the acronym.
    const letters = acronym.toLowerCase();
    let from = words.length;
    let count = 0;
    while (from > 0 && count < letters.length + 2) {
      from--;
      if (/^\p{Lu}/u.test(words[from])) count++;
      if (words[from].charAt(0).toLowerCase() === letters.charAt(0) && count >= Math.min(letters.length, 2)) break;
    }
    const longForm = words.slice(from).join(' ');
    if (longForm.charAt(0).toLowerCase() !== letters.charAt(0)) continue;
    addAlias(aliases, letters, longForm.toLowerCase());
    addAlias(aliases, longForm.toLowerCase(), letters);
  }
}

function addAlias(aliases: Map<string, Set<string>>, from: string, to: string): void {
  let set = aliases.get(from);
  if (!set) aliases.set(from, (set = new Set()));
  set.add(to);
}
