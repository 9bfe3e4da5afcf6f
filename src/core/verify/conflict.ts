// A value the claim states and the value a passage states instead, as pieces of text with offsets.
import type { Analysis } from '../claims/analyze';
import type { CorrectionKind } from '../types';

export interface TextPiece {
  text: string;
  start: number;
  end: number;
}

export interface Conflict {
  kind: CorrectionKind;
  claimed: TextPiece;
  source: TextPiece;
  /** Replacing the claimed text with the source text yields a correct sentence. */
  replaceable: boolean;
  /**
   * A polarity conflict made by a negation on one side: `claim` when the brief negates (claimed
   * is its cue, source a word the passage asserts), `source` when the passage does (source is its cue).
   */
  negation?: 'claim' | 'source';
  /** What the source's words stand for, when they are relative ("the year" in a speech of 2010: "2010"). */
  meaning?: string;
}

/** The text of an analysis between two offsets of its document. */
export function piece(a: Analysis, start: number, end: number): TextPiece {
  return { text: a.text.slice(start - a.base, end - a.base), start, end };
}
