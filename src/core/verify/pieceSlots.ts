// The slot of a value or name: the words right either side of it. Two values (or names) standing
// in the same slot of two sentences that otherwise agree fill the same role ("prior to age 84,
// and" / "prior to age 70, and"; "the victory of Whig nominee Reagan" / "... Zachary Taylor"):
// another value there is an alternation of the same measure, another name one of the same role.
// Unlike checks/slots.ts (one word between the same two neighbours and a content anchor), the
// pieces here span several tokens and a claim may end at them, so two words either side are read
// and one may differ.
import type { Analysis } from '../claims/analyze';

/** Words compared either side of the two pieces. */
const SLOT_REACH = 2;
/** Of the claim's words there (a claim may end at the piece), this many must be the same... */
const SLOT_AGREEMENT = 2;
/** ...and at most this many may differ. */
const SLOT_DIFFERENCES = 1;

export interface TokenRange {
  firstToken: number;
  lastToken: number;
}

/** Whether the claim's piece `mine` and the passage's piece `theirs` stand between the same words. */
export function sameSlot(c: Analysis, mine: TokenRange, p: Analysis, theirs: TokenRange): boolean {
  let same = 0;
  let differ = 0;
  for (let k = 1; k <= SLOT_REACH; k++) {
    const pairs = [
      [c.tokens[mine.firstToken - k], p.tokens[theirs.firstToken - k]],
      [c.tokens[mine.lastToken + k], p.tokens[theirs.lastToken + k]],
    ] as const;
    for (const [claimWord, passageWord] of pairs) {
      if (!claimWord) continue;
      if (claimWord.norm === passageWord?.norm) same++;
      else differ++;
    }
  }
  return same >= SLOT_AGREEMENT && differ <= SLOT_DIFFERENCES;
}
