// A brief parsed piece by piece, so that checkInSlices can give the event loop back between pieces:
// remark parses about half a megabyte a second, so a 10 MB brief parsed in one go would hold an
// editor for many seconds (issue 16). Pieces start only where the whole brief's parse surely starts
// a new top-level block, and the result equals parseBrief's (test/unit/brief/steps.test.ts).
import { LineIndex } from '../text/positions';
import type { Span } from '../types';
import type { RawCitation } from './citations';
import { joinedTraits, markupTraits, maskBrief, parseBrief, processorsOf, sentencesFromMask, type MarkupTraits, type BriefMask, type BriefSentence, type BriefUnit, type ParsedBrief, type ReferencesState } from './parse';
import { findSuppressions } from './suppressions';

/**
 * Characters a piece holds at least: 2 KB is about 1 to 4 ms of remark on this machine, more
 * under a large heap's garbage collection (8 KB pieces took 40 to 70 ms in a 1 MB brief's sliced
 * check, 4 KB pieces 2 to 10 ms, so that a 15 ms slice often ended a piece late); the whole parse
 * costs no more than with larger pieces (a 2 MB brief: 1.3 to 2.0 s in 2 KB pieces, 1.4 to 1.6 s
 * in 4 KB pieces, alternating in one process).
 */
export const PIECE_CHARS = 2_048;

/**
 * Definitions (link and footnote) apply to the whole brief, so a piece could not resolve a
 * reference to one in another piece: a brief holding any is parsed in one piece.
 */
const UNSPLITTABLE = /\]:/;
/** Markup whose lines the scan below follows (fenced code, HTML blocks), and lone CRs, which end a line the scan does not see. */
const FOLLOWED = /```|~~~|</;
const LONE_CR = /\r(?!\n)/;

/**
 * Where pieces start: 0, then lines that open with an ASCII letter after a blank line, at
 * least `size` characters apart, outside front matter, HTML comments, fenced code and HTML
 * blocks (BlockScan). Such a line starts a top-level block whatever came before: a blank line
 * ends a paragraph, a table and an HTML block of kinds 6 and 7, and a line that is not indented
 * ends a list item or a quotation after it.
 */
export function pieceStarts(text: string, size = PIECE_CHARS): number[] {
  const starts = [0];
  if (text.length <= size || UNSPLITTABLE.test(text) || (FOLLOWED.test(text) && LONE_CR.test(text))) return starts;
  const from = frontMatterEnd(text);
  if (from < 0) return starts;
  const comments = commentSpans(text);
  const blocks = new BlockScan();
  let comment = 0;
  let previousBlank = false;
  for (let at = 0; at < text.length; ) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    while (comment < comments.length && (comments[comment]?.end ?? 0) <= at) comment++;
    const inComment = comment < comments.length && (comments[comment]?.start ?? Infinity) < at;
    const blank = isBlank(text, at, end);
    const inBlock = at >= from && blocks.line(text, at, end, blank);
    if (blocks.unsure) return [0];
    if (previousBlank && !inComment && !inBlock && at >= from && at - (starts[starts.length - 1] ?? 0) >= size && opensBlock(text.charCodeAt(at))) starts.push(at);
    previousBlank = blank;
    at = end + 1;
  }
  return starts;
}

/** HTML blocks of kinds 1 to 5 (CommonMark 4.6) end at the first line holding their end marker. */
const HTML_ENDS: readonly [RegExp, RegExp][] = [
  [/^<(?:pre|script|style|textarea)(?=[ \t>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

/**
 * Follows, line by line in one pass, the top-level blocks whose lines may hold a blank line and
 * then a letter: fenced code (to its closing fence) and HTML blocks of kinds 1 to 5 (to their end
 * marker). What it cannot place for sure, it reports as `unsure` and the brief stays one piece: a
 * fence or HTML opening indented by one to three spaces (top level, or inside a list item?), or
 * one inside what may be an HTML block of kinds 6 and 7 (a line opening with another tag, up to
 * the next blank line). A line indented by four or more, or opening with a list or quote marker,
 * is inside a container that the next unindented line after a blank line has closed.
 */
class BlockScan {
  private fence: { char: string; length: number } | undefined;
  private htmlEnd: RegExp | undefined;
  private loose = false;
  unsure = false;

  /** Reads the line `[at, end)`; whether it lies inside (or opens or closes) a followed block. */
  line(text: string, at: number, end: number, blank: boolean): boolean {
    let indent = 0;
    while (indent < 4 && text.charCodeAt(at + indent) === 32) indent++;
    const line = text.slice(at + indent, end).replace(/\r$/, '');
    if (this.fence) {
      if (indent < 4 && closesFence(line, this.fence)) this.fence = undefined;
      return true;
    }
    if (this.htmlEnd) {
      if (this.htmlEnd.test(line)) this.htmlEnd = undefined;
      return true;
    }
    if (blank) return (this.loose = false);
    if (indent >= 4 || line.charCodeAt(0) === 9) return false;
    const fence = fenceOf(line);
    const html = line.startsWith('<') ? HTML_ENDS.find(([start]) => start.test(line)) : undefined;
    if ((fence || html) && (indent > 0 || this.loose)) this.unsure = true;
    else if (fence) this.fence = fence;
    else if (html) this.openHtml(line, html);
    else if (line.startsWith('<')) this.loose = true;
    return Boolean(fence || html);
  }

  /** An HTML block of kinds 1 to 5 opens; it may end on the same line (unsure when the end marker may overlap the opening). */
  private openHtml(line: string, [start, end]: readonly [RegExp, RegExp]): void {
    const opening = start.exec(line)?.[0].length ?? 0;
    const endsAfter = end.test(line.slice(opening));
    if (endsAfter !== end.test(line)) this.unsure = true;
    else if (!endsAfter) this.htmlEnd = end;
  }
}

/** The fence a line opens (three or more backticks, whose info string has none, or tildes). */
function fenceOf(line: string): { char: string; length: number } | undefined {
  const char = line.charAt(0);
  if (char !== '`' && char !== '~') return undefined;
  let length = 0;
  while (line.charAt(length) === char) length++;
  if (length < 3 || (char === '`' && line.includes('`', length))) return undefined;
  return { char, length };
}

/** Whether a line (indentation removed) closes the fence: as long a run of its character or longer, then only spaces. */
function closesFence(line: string, fence: { char: string; length: number }): boolean {
  let length = 0;
  while (line.charAt(length) === fence.char) length++;
  return length >= fence.length && /^[ \t]*$/.test(line.slice(length));
}

/**
 * A letter, not `#`: a heading is no sentence, so a line of citations after it would cite the
 * sentence before the heading, in the piece before (brief/read.ts); a line opening with a letter
 * is a sentence of its own.
 */
function opensBlock(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Where front matter ends (0 when there is none), or -1 when it does not end: no piece may start inside it. */
function frontMatterEnd(text: string): number {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fence = text.slice(start, start + 3);
  if (fence !== '---' && fence !== '+++') return 0;
  const close = text.indexOf(`\n${fence}`, start + 3);
  if (close < 0) return -1;
  const newline = text.indexOf('\n', close + 4);
  return newline < 0 ? -1 : newline + 1;
}

/** `<!--` to the end of the next `-->`, in one pass; an unclosed one runs to the end. */
function commentSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf('<!--'); at >= 0; ) {
    const close = text.indexOf('-->', at + 4);
    if (close < 0) {
      spans.push({ start: at, end: Infinity });
      break;
    }
    spans.push({ start: at, end: close + 3 });
    at = text.indexOf('<!--', close + 3);
  }
  return spans;
}

/** The parse of one piece, with offsets from the piece's start. */
type PieceParse = (piece: string, start: number, end: number) => { mask: BriefMask; sentences: BriefSentence[]; citations: RawCitation[] };

/**
 * Parses a brief piece by piece, yielding after each; returns what parseBrief returns. When a
 * piece's parse fails (a stack overflow the whole brief's parse would have recovered from
 * differently) the brief is parsed in one go.
 */
export function* parseBriefInSteps(text: string, size = PIECE_CHARS): Generator<void, ParsedBrief, void> {
  const starts = pieceStarts(text, size);
  if (starts.length === 1) return parseBrief(text);
  const processor = processorsOf(yield* traitsInSteps(text, starts))[0];
  if (!processor) return parseBrief(text);
  const references: ReferencesState = { skipBelow: 0 };
  const parsePiece: PieceParse = (piece) => {
    const mask = maskBrief(piece, { processor, references });
    return { mask, ...sentencesFromMask(piece, mask) };
  };
  return (yield* joinPieces(text, starts, parsePiece)) ?? parseBrief(text);
}

/** Pieces whose markup is read between two yields: a megabyte's whole read took 14 to 16 ms, a slice. */
export const TRAIT_PIECES = 32;

/** The markup traits of the whole text (which parser reads it), read piece by piece, yielding between. */
function* traitsInSteps(text: string, starts: readonly number[]): Generator<void, MarkupTraits, void> {
  let traits: MarkupTraits = { pathological: false, ats: 0, gfmSyntax: false };
  for (let index = 0; index < starts.length; index++) {
    traits = joinedTraits(traits, markupTraits(text.slice(starts[index] ?? 0, starts[index + 1] ?? text.length)));
    if ((index + 1) % TRAIT_PIECES === 0) yield;
  }
  return traits;
}

/** briefFromMask in pieces (after an edit that kept the Markdown structure), yielding after each. */
export function* briefFromMaskInSteps(text: string, mask: BriefMask, size = PIECE_CHARS): Generator<void, ParsedBrief | undefined, void> {
  const starts = pieceStarts(text, size);
  if (starts.length === 1 || mask.footnoteRefs.length > 0) return undefined;
  const parsePiece: PieceParse = (piece, start, end) => {
    const local: BriefMask = {
      masked: mask.masked.slice(start, end),
      blocks: mask.blocks.filter((b) => b.start >= start && b.start < end).map((b) => ({ ...b, start: b.start - start, end: b.end - start, ...(b.quote === undefined ? {} : { quote: b.quote - start }) })),
      footnoteRefs: [],
    };
    if (local.blocks.some((b) => b.end > end - start)) throw new RangeError('a block crosses a piece boundary');
    return { mask: local, ...sentencesFromMask(piece, local) };
  };
  return yield* joinPieces(text, starts, parsePiece);
}

/** Parses each piece, moves what it found to the brief's offsets, and joins them; undefined when a piece fails. */
function* joinPieces(text: string, starts: readonly number[], parsePiece: PieceParse): Generator<void, ParsedBrief | undefined, void> {
  const masked: string[] = [];
  const mask: BriefMask = { masked: '', blocks: [], footnoteRefs: [] };
  const sentences: BriefSentence[] = [];
  const citations: RawCitation[] = [];
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index] ?? 0;
    const end = starts[index + 1] ?? text.length;
    let parsed: ReturnType<PieceParse>;
    try {
      parsed = parsePiece(text.slice(start, end), start, end);
    } catch {
      return undefined;
    }
    const moved = new Map<RawCitation, RawCitation>();
    const move = (c: RawCitation): RawCitation => moved.get(c) ?? c;
    for (const c of parsed.citations) {
      const copy = { ...c, span: shift(c.span, start), groupSpan: shift(c.groupSpan, start) };
      moved.set(c, copy);
      citations.push(copy);
    }
    masked.push(parsed.mask.masked);
    for (const b of parsed.mask.blocks) mask.blocks.push({ ...b, ...shift(b, start), ...(b.quote === undefined ? {} : { quote: b.quote + start }) });
    for (const r of parsed.mask.footnoteRefs) mask.footnoteRefs.push({ ...r, span: shift(r.span, start) });
    for (const s of parsed.sentences) sentences.push({ ...movedUnit(s, start, move), claims: s.claims.map((k) => movedUnit(k, start, move)) });
    yield;
  }
  // Each a pass over the whole brief (a 10 MB brief: tens of ms each): a step each.
  mask.masked = masked.join('');
  yield;
  const lines = new LineIndex(text);
  yield;
  return { text, lines, sentences, citations, suppressions: findSuppressions(text, lines), mask };
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

function movedUnit<T extends BriefUnit>(unit: T, by: number, move: (c: RawCitation) => RawCitation): T {
  return { ...unit, span: shift(unit.span, by), citations: unit.citations.map(move) };
}
