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
}

/** The text of an analysis between two offsets of its document. */
export function piece(a: Analysis, start: number, end: number): TextPiece {
  return { text: a.text.slice(start - a.base, end - a.base), start, end };
}
