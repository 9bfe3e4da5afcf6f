// Re-parsing a brief after a small edit without running the Markdown parser again.
//
// Typing letters or digits inside a word of ordinary prose cannot change the Markdown
// structure when the word holds no Markdown syntax, so the previous parse's prose mask and
// blocks still hold with the edit applied; sentences, citations and suppressions are then
// derived exactly as a full parse derives them. Any other edit (punctuation, spaces, line
// breaks, a word with brackets, asterisks, `@`, a link reference definition anywhere, ...)
// falls back to the full parse. test/unit/perf checks that both give the same result.
import { briefFromMask, parseBrief, type Block, type BriefMask, type ParsedBrief } from './parse';

/** Letters and digits only: what a "typing inside a word" edit may insert or remove. */
const PLAIN = /^[\p{L}\p{N}]*$/u;
/** A word without Markdown syntax: opening brackets/quotes, letters and digits joined by apostrophes or hyphens, closing punctuation. */
const PLAIN_WORD = /^[("“‘]*[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*[.,;:!?)"”’]*$/u;
/** A link reference or footnote definition: letters elsewhere could make a link resolve. */
const DEFINITION = /^ {0,3}\[(?:[^\[\]\\\r\n]|\\.)+\]:/m;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0';
}

/** A block after the edit, moved by `delta` (with the blockquote it sits in, when that starts after the edit too). */
function moved(block: Block, after: number, delta: number): Block {
  const shifted: Block = { ...block, start: block.start + delta, end: block.end + delta };
  if (block.quote !== undefined && block.quote >= after) shifted.quote = block.quote + delta;
  return shifted;
}

/** The parse of `text`, reusing `previous` (the parse of an earlier version) when the edit allows. */
export function reparseBrief(previous: ParsedBrief, text: string): ParsedBrief {
  if (previous.text === text) return previous;
  const mask = editedMask(previous, text);
  return mask ? briefFromMask(text, mask) : parseBrief(text);
}

/** The previous mask with the edit applied, or undefined when the edit may change the Markdown structure. */
export function editedMask(previous: ParsedBrief, text: string): BriefMask | undefined {
  const old = previous.text;
  const limit = Math.min(old.length, text.length);
  let p = 0;
  while (p < limit && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  while (s < limit - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  const oldEnd = old.length - s;
  const newEnd = text.length - s;
  const delta = text.length - old.length;
  if (!PLAIN.test(old.slice(p, oldEnd)) || !PLAIN.test(text.slice(p, newEnd))) return undefined;
  // The whitespace-delimited word around the edit, before and after.
  let from = p;
  while (from > 0 && !isSpace(old.charAt(from - 1))) from--;
  let to = oldEnd;
  while (to < old.length && !isSpace(old.charAt(to))) to++;
  const oldWord = old.slice(from, to);
  const newWord = text.slice(from, to + delta);
  if (!PLAIN_WORD.test(oldWord) || !PLAIN_WORD.test(newWord) || /^www/i.test(oldWord) || /^www/i.test(newWord)) return undefined;
  // Wholly prose before the edit (not a heading, code, link target, HTML, front matter).
  const mask = previous.mask;
  if (mask.masked.slice(from, to) !== oldWord) return undefined;
  // First on its line and starting with a digit: could be (or become) a list marker.
  let lineStart = from;
  while (lineStart > 0 && old.charAt(lineStart - 1) !== '\n' && old.charAt(lineStart - 1) !== '\r') lineStart--;
  if (/^[ \t]*$/.test(old.slice(lineStart, from)) && (/^\P{L}/u.test(oldWord) || /^\P{L}/u.test(newWord))) return undefined;
  if (DEFINITION.test(text)) return undefined;
  const host = mask.blocks.find((b) => b.start <= from && to <= b.end);
  if (!host) return undefined;
  // Footnote references exist only with their definitions, which the test above sends to a full parse.
  if (mask.footnoteRefs.length > 0) return undefined;
  return {
    masked: mask.masked.slice(0, p) + text.slice(p, newEnd) + mask.masked.slice(oldEnd),
    blocks: mask.blocks.map((b) => (b === host ? { ...b, end: b.end + delta } : b.start >= host.end ? moved(b, host.end, delta) : b)),
    footnoteRefs: [],
  };
}
