// Acronym definitions such as "Office for National Statistics (ONS)", learnt both ways
// (acronym -> long form and long form -> acronym, both lower case).

/** Learns acronym definitions such as "Office for National Statistics (ONS)", both ways. */
export function learnAcronyms(text: string, aliases: Map<string, Set<string>>): void {
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
