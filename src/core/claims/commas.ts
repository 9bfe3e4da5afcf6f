// Where a comma falls between a sentence's tokens: the end of a leading attribution ("According
// to the Treasury,", "In Lwin's telling,") or of a fronted clause ("When asked, ...").
import type { Token } from '../text/tokens';

/**
 * The index of the first token in [from, to) that a comma precedes (the comma lies between it and
 * the token before), or undefined. `text` holds the tokens, starting at offset `base`.
 */
export function firstAfterComma(tokens: readonly Token[], text: string, base: number, from: number, to: number): number | undefined {
  for (let k = Math.max(1, from); k < Math.min(tokens.length, to); k++) {
    const [previous, next] = [tokens[k - 1], tokens[k]];
    if (previous && next && text.slice(previous.end - base, next.start - base).includes(',')) return k;
  }
  return undefined;
}
